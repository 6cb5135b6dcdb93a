import type { Actor } from '../../kernel/actor';
import type { RegionDirectory } from '../tenancy/regions';
import type { TenantService } from '../tenancy/tenant.service';
import { recapScope } from './recap.policy';
import type { RecapRepository } from './recap.repository';
import type { RecapReport, RecapRow } from './recap.types';

/** Sums the rows column by column: the total row is computed from the rows, so it always equals their sum. */
export function totalOf(rows: RecapRow[]): RecapReport['total'] {
  const total = { micro: 0, microWithNib: 0, microMovedUp: 0, newEntrepreneurs: 0, small: 0, medium: 0, total: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
  return total;
}

/**
 * The per-kecamatan recap an office reports every year. Counts are of businesses live at the end of
 * the year (not closed, started by then) at their current scale; moves up a class are snapshots of that
 * year going from micro to a higher class; new entrepreneurs are businesses started that year.
 */
export function createRecapService(repo: RecapRepository, tenants: TenantService, regions: RegionDirectory) {
  return {
    async recap(actor: Actor, kw: string, year: number, now = new Date()): Promise<RecapReport> {
      const scope = recapScope(actor, kw);
      const tenant = await tenants.requireTenant(kw);
      const counts = new Map((await repo.countsByKecamatan(kw, year)).map((c) => [c.kecamatan_code, c]));
      const kecamatan = regions
        .kecamatanOf(kw)
        .filter((k) => scope === null || scope.includes(k.code));
      const rows: RecapRow[] = kecamatan.map((k) => {
        const c = counts.get(k.code);
        const micro = Number(c?.micro ?? 0);
        const small = Number(c?.small ?? 0);
        const medium = Number(c?.medium ?? 0);
        return {
          kecamatanCode: k.code,
          kecamatanName: k.name,
          micro,
          microWithNib: Number(c?.micro_with_nib ?? 0),
          microMovedUp: Number(c?.micro_moved_up ?? 0),
          newEntrepreneurs: Number(c?.new_entrepreneurs ?? 0),
          small,
          medium,
          total: micro + small + medium,
        };
      });
      return {
        kodeWilayah: kw,
        regencyName: tenant.name,
        year,
        generatedAt: now.toISOString(),
        isDemo: tenant.isDemo,
        rows,
        total: totalOf(rows),
      };
    },

    letterheadOf: async (kw: string) => (await tenants.requireTenant(kw)).letterhead,
  };
}

export type RecapService = ReturnType<typeof createRecapService>;
