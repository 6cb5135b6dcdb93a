import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { AppError, fail } from '../../errors';
import { type Actor, auditActor, membershipIn } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import { SCALE_RULES } from '../../kernel/scale-rules';
import type { RegionDirectory } from './regions';
import type { TenantRepository, TenantRow } from './tenant.repository';
import type { Letterhead } from './tenant.table';

/** A default kop surat from the regency's official name; editable later. */
export function defaultLetterhead(regencyName: string): Letterhead {
  const isCity = regencyName.startsWith('Kota');
  const place = regencyName.replace(/^(Kabupaten|Kota)\s+/, '');
  return {
    government: `PEMERINTAH ${regencyName.toUpperCase()}`,
    office: 'DINAS KOPERASI DAN USAHA MIKRO',
    address: `Jl. ${isCity ? 'Balai Kota' : 'Raya Soreang'} No. 1, ${place}`,
    contact: 'Telp. (022) 000000 · diskop@example.go.id',
    city: place,
    signerTitle: 'Kepala Dinas',
    signerName: '',
  };
}

/** Tenants: adding a regency (CLI, admin UI), listing them, and their region lists. */
export function createTenantService(db: Db, repo: TenantRepository, regions: RegionDirectory, audit: AuditService) {
  async function requireTenant(kodeWilayah: string): Promise<TenantRow> {
    const tenant = await repo.find(kodeWilayah);
    if (!tenant) throw fail.notFound('errors.tenant.notFound');
    return tenant;
  }

  return {
    requireTenant,

    /** Adds a regency by its official code; the name comes from idn-area-data. */
    async addTenant(kodeWilayah: string, opts: { isDemo?: boolean } = {}): Promise<TenantRow> {
      const regency = regions.regency(kodeWilayah);
      if (!regency) {
        throw new AppError('validation', 'errors.validation', [{ field: 'kodeWilayah', messageKey: 'errors.tenant.unknownRegency' }]);
      }
      if (await repo.find(kodeWilayah)) throw fail.conflict('errors.tenant.exists');
      return repo.insert({
        kodeWilayah,
        name: regency.name,
        isDemo: opts.isDemo ?? false,
        letterhead: defaultLetterhead(regency.name),
      });
    },

    /** Superadmins see every tenant; everyone else the tenants they belong to. */
    async listFor(actor: Actor): Promise<TenantRow[]> {
      const all = await repo.list();
      return actor.isSuperadmin ? all : all.filter((t) => actor.memberships.some((m) => m.kodeWilayah === t.kodeWilayah));
    },

    list: () => repo.list(),

    /** Office settings: the letterhead on reports and the scale rule new classifications use. Admins only. */
    async updateSettings(actor: Actor, kodeWilayah: string, input: { letterhead: Letterhead; scaleRuleId: string; autoMergeThreshold?: number | null }): Promise<TenantRow> {
      if (!actor.isSuperadmin && membershipIn(actor, kodeWilayah)?.role !== 'admin') throw fail.forbidden();
      if (!SCALE_RULES[input.scaleRuleId]) throw fail.validation([{ field: 'scaleRuleId', messageKey: 'validation.invalid_value' }]);
      const before = await requireTenant(kodeWilayah);
      return inTransaction(db, async (tx) => {
        const autoMergeThreshold = input.autoMergeThreshold ?? null;
        const after = (await repo.update(tx, kodeWilayah, { letterhead: input.letterhead, scaleRuleId: input.scaleRuleId, autoMergeThreshold }))!;
        await audit.record(tx, {
          kodeWilayah, actor: auditActor(actor), action: 'update', entity: 'tenant', entityId: kodeWilayah,
          before: { letterhead: before.letterhead, scaleRuleId: before.scaleRuleId, autoMergeThreshold: before.autoMergeThreshold },
          after: { letterhead: after.letterhead, scaleRuleId: after.scaleRuleId, autoMergeThreshold: after.autoMergeThreshold },
        });
        return after;
      });
    },

    /** The regency with its kecamatan and desa, for forms and filters. */
    async regionsOf(kodeWilayah: string) {
      const tenant = await requireTenant(kodeWilayah);
      return {
        regency: { code: tenant.kodeWilayah, name: tenant.name },
        kecamatan: regions.kecamatanOf(kodeWilayah).map((k) => ({ ...k, desa: regions.desaOf(k.code) })),
      };
    },
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
