import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query';
import { SEATED_SQL } from './programme.table';


/** SQL of the programme reports: counts over one year's participants, needs and targets. */
export function createReportRepository(db: Db) {
  /** Seated participants of the year's programmes counted by one expression. */
  const countBy = (kw: string, year: number, key: ReturnType<typeof sql>) =>
    queryRows<{ key: string | null; n: string }>(
      db,
      sql`select ${key} as key, count(*) as n from participants p
        join programmes g on g.kode_wilayah = p.kode_wilayah and g.id = p.programme_id
        join businesses b on b.kode_wilayah = p.kode_wilayah and b.id = p.business_id
        join owners o on o.kode_wilayah = p.kode_wilayah and o.id = p.owner_id
        where p.kode_wilayah = ${kw} and g.year = ${year} and p.status in ${SEATED_SQL}
        group by 1 order by 2 desc`,
    );

  return {
    bySource: (kw: string, year: number) => countBy(kw, year, sql`p.source`),
    byKecamatan: (kw: string, year: number) => countBy(kw, year, sql`b.kecamatan_code`),
    byGender: (kw: string, year: number) => countBy(kw, year, sql`coalesce(o.gender, '-')`),
    /** First-time: the business held no seat in any programme before this participation. */
    firstTime: (kw: string, year: number) =>
      countBy(
        kw,
        year,
        sql`case when exists (select 1 from participants q where q.kode_wilayah = p.kode_wilayah and q.business_id = p.business_id
          and q.id <> p.id and q.status in ${SEATED_SQL} and q.created_at < p.created_at) then 'repeat' else 'first' end`,
      ),

    /** Per kecamatan and topic: businesses whose latest statement of needs names the topic. */
    needsByKecamatan: (kw: string) =>
      queryRows<{ kecamatan_code: string; topic: string; n: string }>(
        db,
        sql`select b.kecamatan_code, t.topic, count(*) as n
          from (select distinct on (business_id) business_id, needs from business_needs
                where kode_wilayah = ${kw} order by business_id, created_at desc) latest
          join businesses b on b.kode_wilayah = ${kw} and b.id = latest.business_id and b.deleted_at is null
          cross join lateral unnest(latest.needs) as t(topic)
          group by 1, 2`,
      ),

    /** The year's programmes with their targets, seats taken and completions. */
    programmesOfYear: (kw: string, year: number) =>
      queryRows<{ id: string; title: string; topic: string; targets: Record<string, number>; realised: string; completed: string }>(
        db,
        sql`select g.id, g.title, g.topic, g.targets,
            count(p.id) filter (where p.status in ${SEATED_SQL}) as realised,
            count(p.id) filter (where p.status = 'completed') as completed
          from programmes g left join participants p on p.kode_wilayah = g.kode_wilayah and p.programme_id = g.id
          where g.kode_wilayah = ${kw} and g.year = ${year}
          group by g.kode_wilayah, g.id order by g.title`,
      ),
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;
