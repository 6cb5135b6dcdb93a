import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query';
import { businesses, businessMetrics } from '../registry/registry.table';

/** Counts per kecamatan, as the database returns them (counts may arrive as strings). */
export interface RecapCounts {
  kecamatan_code: string;
  micro: number | string;
  micro_with_nib: number | string;
  small: number | string;
  medium: number | string;
  new_entrepreneurs: number | string;
  micro_moved_up: number | string;
}

/**
 * SQL for the yearly recap: one index-only pass over the regency's businesses (businesses_recap_idx
 * holds every column it counts, the NIB flag included) and an indexed pass over the year's snapshots.
 */
export function createRecapRepository(db: Db) {
  return {
    async countsByKecamatan(kw: string, year: number): Promise<RecapCounts[]> {
      const yearStart = `${year}-01-01`;
      const yearEnd = `${year}-12-31`;
      return queryRows<RecapCounts>(
        db,
        sql`with live as (
              select b.kecamatan_code, b.scale, b.start_year, b.has_nib
              from ${businesses} b
              where b.kode_wilayah = ${kw} and b.deleted_at is null and b.status <> 'closed'
                and (b.start_year is null or b.start_year <= ${year})
            ),
            per_kecamatan as (
              select kecamatan_code,
                     count(*) filter (where scale = 'micro') as micro,
                     count(*) filter (where scale = 'micro' and has_nib) as micro_with_nib,
                     count(*) filter (where scale = 'small') as small,
                     count(*) filter (where scale = 'medium') as medium,
                     count(*) filter (where start_year = ${year}) as new_entrepreneurs
              from live group by kecamatan_code
            ),
            moved as (
              select b.kecamatan_code, count(distinct m.business_id) as micro_moved_up
              from ${businessMetrics} m
              join ${businesses} b on b.kode_wilayah = m.kode_wilayah and b.id = m.business_id and b.deleted_at is null
              where m.kode_wilayah = ${kw} and m.recorded_on between ${yearStart} and ${yearEnd}
                and m.previous_scale = 'micro' and m.scale in ('small', 'medium', 'large')
              group by b.kecamatan_code
            )
            select coalesce(p.kecamatan_code, mv.kecamatan_code) as kecamatan_code,
                   coalesce(p.micro, 0) as micro, coalesce(p.micro_with_nib, 0) as micro_with_nib,
                   coalesce(p.small, 0) as small, coalesce(p.medium, 0) as medium,
                   coalesce(p.new_entrepreneurs, 0) as new_entrepreneurs,
                   coalesce(mv.micro_moved_up, 0) as micro_moved_up
            from per_kecamatan p full join moved mv on mv.kecamatan_code = p.kecamatan_code`,
      );
    },
  };
}

export type RecapRepository = ReturnType<typeof createRecapRepository>;
