import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { AppError, fail } from '../../errors';
import { type Actor, auditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import { SCALE_RULES } from '../../kernel/scale-rules';
import type { RegionDirectory } from './regions';
import { assertAddsTenants, assertManagesSettings, assertSeesTenant, seesTenant } from './tenant.policy';
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

  /** Adds a regency by its official code; the name comes from idn-area-data. No actor: the CLI and the demo. */
  async function addTenant(kodeWilayah: string, opts: { isDemo?: boolean } = {}): Promise<TenantRow> {
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
  }

  /** The regency with its kecamatan and desa, for forms and filters. */
  async function regionsOf(kodeWilayah: string) {
    const tenant = await requireTenant(kodeWilayah);
    return {
      regency: { code: tenant.kodeWilayah, name: tenant.name },
      kecamatan: regions.kecamatanOf(kodeWilayah).map((k) => ({ ...k, desa: regions.desaOf(k.code) })),
    };
  }

  return {
    requireTenant,
    addTenant,
    regionsOf,

    /** A regency added through the API: superadmins only. */
    async addTenantAs(actor: Actor, kodeWilayah: string): Promise<TenantRow> {
      assertAddsTenants(actor);
      return addTenant(kodeWilayah);
    },

    /** Superadmins see every tenant; everyone else the tenants they belong to. */
    async listFor(actor: Actor): Promise<TenantRow[]> {
      const all = await repo.list();
      return all.filter((t) => seesTenant(actor, t.kodeWilayah));
    },

    list: () => repo.list(),

    /** Office settings: the letterhead on reports and the scale rule new classifications use. Admins only. */
    async updateSettings(actor: Actor, kodeWilayah: string, input: { letterhead: Letterhead; scaleRuleId: string; autoMergeThreshold?: number | null }): Promise<TenantRow> {
      assertManagesSettings(actor, kodeWilayah);
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

    /** The office settings of a regency the actor sees (the letterhead falls back to the default one). */
    async settingsFor(actor: Actor, kodeWilayah: string): Promise<TenantRow & { letterhead: Letterhead }> {
      assertSeesTenant(actor, kodeWilayah);
      const tenant = await requireTenant(kodeWilayah);
      return { ...tenant, letterhead: tenant.letterhead ?? defaultLetterhead(tenant.name) };
    },

    /** The regions of a regency the actor sees. */
    async regionsFor(actor: Actor, kodeWilayah: string) {
      assertSeesTenant(actor, kodeWilayah);
      return regionsOf(kodeWilayah);
    },
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
