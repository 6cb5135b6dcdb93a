import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { arrayParam, queryRows } from '../../db/query';
import { SEATED_SQL } from '../programmes/programme.table';
import { followupCheckins, followupPhotos, followupTasks } from './followup.table';

export type TaskRow = typeof followupTasks.$inferSelect;
export type CheckinRow = typeof followupCheckins.$inferSelect;

/** Dates that split open tasks into overdue / due / upcoming (computed by the service in the regency's zone). */
export interface TaskClock {
  today: string;
  /** Last day still "due soon": later tasks are upcoming. */
  dueUntil: string;
}

export interface TaskFilter {
  kecamatanCodes: string[] | null;
  programmeId?: string;
  state: 'upcoming' | 'due' | 'overdue' | 'done' | 'open' | 'all';
  limit: number;
}

/** Raw worklist row; the service names the kecamatan and desa. */
export interface WorklistRow {
  id: string; programme_id: string; programme_title: string; participant_id: string; business_id: string; business_name: string;
  owner_name: string; kecamatan_code: string; desa_code: string; offset_months: number; due_on: string; done_on: string | null;
  checkin_id: string | null; state: 'upcoming' | 'due' | 'overdue' | 'done';
}

const stateOf = (clock: TaskClock) => sql`case when t.done_on is not null then 'done' when t.due_on < ${clock.today}::date then 'overdue'
  when t.due_on <= ${clock.dueUntil}::date then 'due' else 'upcoming' end`;
const inKecamatan = (codes: string[] | null) => (codes ? sql`and b.kecamatan_code = any(${arrayParam(codes)}::text[])` : sql``);

/** Follow-up tasks, check-ins and their photos; the reads behind worklists, the field pack and alerts. */
export function createFollowupRepository(db: Db) {
  return {
    /** Creates tasks; a (participant, offset) that already has one is skipped, so re-running is harmless. */
    async insertTasks(tx: Db, rows: (typeof followupTasks.$inferInsert)[]): Promise<number> {
      if (!rows.length) return 0;
      const created = await tx.insert(followupTasks).values(rows).onConflictDoNothing().returning({ id: followupTasks.id });
      return created.length;
    },

    async task(kw: string, id: string, tx: Db = db): Promise<TaskRow | undefined> {
      const [row] = await tx.select().from(followupTasks).where(and(eq(followupTasks.kodeWilayah, kw), eq(followupTasks.id, id)));
      return row;
    },

    /** Reads a task and locks it until the transaction ends (a self-report link answers its task once). */
    async lockTask(tx: Db, kw: string, id: string): Promise<TaskRow | undefined> {
      const [row] = await tx.select().from(followupTasks).where(and(eq(followupTasks.kodeWilayah, kw), eq(followupTasks.id, id))).for('update');
      return row;
    },

    /** Marks a task done by a check-in, once: a task already done keeps its first check-in. */
    async markTaskDone(tx: Db, kw: string, taskId: string, doneOn: string, checkinId: string): Promise<void> {
      await tx
        .update(followupTasks)
        .set({ doneOn, checkinId })
        .where(and(eq(followupTasks.kodeWilayah, kw), eq(followupTasks.id, taskId), sql`${followupTasks.doneOn} is null`));
    },

    async markLinkSent(tx: Db, kw: string, taskId: string, at: Date): Promise<void> {
      await tx.update(followupTasks).set({ linkSentAt: at }).where(and(eq(followupTasks.kodeWilayah, kw), eq(followupTasks.id, taskId)));
    },

    /** Tasks with their business, owner and programme, newest due first within state order. */
    worklist(kw: string, filter: TaskFilter, clock: TaskClock, tx: Db = db): Promise<WorklistRow[]> {
      const state = stateOf(clock);
      const wanted: SQL =
        filter.state === 'all' ? sql`true` : filter.state === 'open' ? sql`s.state <> 'done'` : sql`s.state = ${filter.state}`;
      return queryRows<WorklistRow>(tx, sql`
        select * from (
          select t.id, t.programme_id, p.title as programme_title, t.participant_id, t.business_id, b.name as business_name,
                 o.full_name as owner_name, b.kecamatan_code, b.desa_code, t.offset_months, t.due_on::text as due_on,
                 t.done_on::text as done_on, t.checkin_id, ${state} as state
          from followup_tasks t
          join businesses b on b.kode_wilayah = t.kode_wilayah and b.id = t.business_id and b.deleted_at is null
          join owners o on o.kode_wilayah = b.kode_wilayah and o.id = b.owner_id
          join programmes p on p.kode_wilayah = t.kode_wilayah and p.id = t.programme_id
          where t.kode_wilayah = ${kw} ${inKecamatan(filter.kecamatanCodes)}
            ${filter.programmeId ? sql`and t.programme_id = ${filter.programmeId}` : sql``}
        ) s where ${wanted}
        order by case s.state when 'overdue' then 0 when 'due' then 1 when 'upcoming' then 2 else 3 end,
                 case when s.state = 'done' then null else s.due_on end, s.done_on desc, s.business_name, s.id
        limit ${filter.limit}`);
    },

    /** Task counts per state for the same filter (the tabs' numbers). */
    async taskCounts(kw: string, filter: Omit<TaskFilter, 'state' | 'limit'>, clock: TaskClock): Promise<Record<string, number>> {
      const rows = await queryRows<{ state: string; n: string }>(db, sql`
        select ${stateOf(clock)} as state, count(*) as n
        from followup_tasks t join businesses b on b.kode_wilayah = t.kode_wilayah and b.id = t.business_id and b.deleted_at is null
        where t.kode_wilayah = ${kw} ${inKecamatan(filter.kecamatanCodes)} ${filter.programmeId ? sql`and t.programme_id = ${filter.programmeId}` : sql``}
        group by 1`);
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    },

    /** Every live business of the given kecamatan, slim, with licence kinds and the last visit: the field app's offline copy. */
    fieldBusinesses(kw: string, kecamatanCodes: string[] | null) {
      return queryRows<{
        id: string; version: number; name: string; owner_name: string; kecamatan_code: string; desa_code: string; address: string | null;
        sector: string; status: string; scale: string; start_year: number | null; annual_sales: string | null; workers_male: number;
        workers_female: number; sales_channels: string[]; licences: string[] | null; last_visit_on: string | null;
      }>(db, sql`
        select b.id, b.version, b.name, o.full_name as owner_name, b.kecamatan_code, b.desa_code, b.address, b.sector, b.status, b.scale,
               b.start_year, b.annual_sales, b.workers_male, b.workers_female, b.sales_channels,
               (select array_agg(distinct l.kind) from licences l where l.kode_wilayah = b.kode_wilayah and l.business_id = b.id) as licences,
               (select max(c.visited_on)::text from followup_checkins c where c.kode_wilayah = b.kode_wilayah and c.business_id = b.id) as last_visit_on
        from businesses b join owners o on o.kode_wilayah = b.kode_wilayah and o.id = b.owner_id
        where b.kode_wilayah = ${kw} and b.deleted_at is null ${inKecamatan(kecamatanCodes)}
        order by b.name, b.id`);
    },

    async programmeTitle(kw: string, id: string): Promise<string | undefined> {
      const [row] = await queryRows<{ title: string }>(db, sql`select title from programmes where kode_wilayah = ${kw} and id = ${id}`);
      return row?.title;
    },

    /** The last visit date of a business (plausibility: a visit older than the last one is questioned). */
    async lastVisitOn(tx: Db | undefined, kw: string, businessId: string): Promise<string | null> {
      const [row] = await queryRows<{ d: string | null }>(tx ?? db, sql`
        select max(visited_on)::text as d from followup_checkins where kode_wilayah = ${kw} and business_id = ${businessId}`);
      return row?.d ?? null;
    },

    async checkin(kw: string, id: string, tx: Db = db): Promise<CheckinRow | undefined> {
      const [row] = await tx.select().from(followupCheckins).where(and(eq(followupCheckins.kodeWilayah, kw), eq(followupCheckins.id, id)));
      return row;
    },

    /** Stores a check-in; false when that id is already stored (the idempotency key). */
    async insertCheckin(tx: Db, row: typeof followupCheckins.$inferInsert): Promise<boolean> {
      const created = await tx.insert(followupCheckins).values(row).onConflictDoNothing().returning({ id: followupCheckins.id });
      return created.length === 1;
    },

    /**
     * Stores a photo sent as base64, decoded by the database: a binary bind parameter costs PGlite
     * ~10× more (measured: 34–59 ms against 3–4 ms for 60 KB, bench/followup-sync.bench.ts).
     */
    async insertPhoto(tx: Db, row: { kodeWilayah: string; checkinId: string; mime: string; base64: string }): Promise<void> {
      await tx.execute(sql`insert into ${followupPhotos} (kode_wilayah, checkin_id, mime, bytes)
        values (${row.kodeWilayah}, ${row.checkinId}, ${row.mime}, decode(${row.base64}, 'base64'))`);
    },

    async photo(kw: string, checkinId: string) {
      const [row] = await db.select().from(followupPhotos).where(and(eq(followupPhotos.kodeWilayah, kw), eq(followupPhotos.checkinId, checkinId)));
      return row;
    },

    async markResolved(tx: Db, kw: string, id: string, at: Date): Promise<boolean> {
      const rows = await tx
        .update(followupCheckins)
        .set({ conflictResolvedAt: at })
        .where(and(eq(followupCheckins.kodeWilayah, kw), eq(followupCheckins.id, id), sql`${followupCheckins.conflictResolvedAt} is null`))
        .returning({ id: followupCheckins.id });
      return rows.length === 1;
    },

    /** Check-ins with their business name and whether a photo exists, newest first. */
    listCheckins(kw: string, filter: { businessId?: string; conflictsOnly?: boolean; kecamatanCodes: string[] | null }) {
      return queryRows<Record<string, unknown> & { business_name: string; has_photo: boolean }>(db, sql`
        select c.*, b.name as business_name,
               exists (select 1 from followup_photos f where f.kode_wilayah = c.kode_wilayah and f.checkin_id = c.id) as has_photo
        from followup_checkins c join businesses b on b.kode_wilayah = c.kode_wilayah and b.id = c.business_id
        where c.kode_wilayah = ${kw} ${inKecamatan(filter.kecamatanCodes)}
          ${filter.businessId ? sql`and c.business_id = ${filter.businessId}` : sql``}
          ${filter.conflictsOnly ? sql`and c.conflict_fields is not null and c.conflict_resolved_at is null` : sql``}
        order by c.visited_on desc, c.created_at desc limit 500`);
    },

    /** Open tasks overdue at `today` and at `before`, per kecamatan: whose backlog grows. */
    backlog(kw: string, today: string, before: string) {
      return queryRows<{ kecamatan_code: string; now: string; then: string }>(db, sql`
        select b.kecamatan_code,
               count(*) filter (where t.due_on < ${today}::date and t.done_on is null) as now,
               count(*) filter (where t.due_on < ${before}::date and (t.done_on is null or t.done_on >= ${before}::date)) as then
        from followup_tasks t join businesses b on b.kode_wilayah = t.kode_wilayah and b.id = t.business_id and b.deleted_at is null
        where t.kode_wilayah = ${kw} group by b.kecamatan_code`);
    },

    /**
     * Each followed business's latest check-in with its baseline monthly sales (the last 'baseline'
     * snapshot): the reads behind "closed" and "sales fell" alerts.
     */
    latestObservations(kw: string) {
      return queryRows<{
        business_id: string; business_name: string; kecamatan_code: string; visited_on: string; status: string; monthly_sales: string | null;
        baseline_annual: string | null;
      }>(db, sql`
        select distinct on (c.business_id) c.business_id, b.name as business_name, b.kecamatan_code, c.visited_on::text as visited_on,
               c.status, c.monthly_sales,
               (select m.annual_sales from business_metrics m where m.kode_wilayah = c.kode_wilayah and m.business_id = c.business_id
                  and m.source = 'baseline' order by m.recorded_on desc, m.created_at desc limit 1) as baseline_annual
        from followup_checkins c join businesses b on b.kode_wilayah = c.kode_wilayah and b.id = c.business_id and b.deleted_at is null
        where c.kode_wilayah = ${kw}
        order by c.business_id, c.visited_on desc, c.created_at desc`);
    },

    /** Completed participants of a programme or of businesses in a kecamatan, with the day each completed (regency zone). */
    completedParticipants(kw: string, scope: { programmeId?: string; kecamatan?: string }, timeZone: string) {
      return queryRows<{ participant_id: string; business_id: string; programme_id: string; programme_title: string; completed_on: string; kecamatan_code: string; sector: string }>(db, sql`
        select pa.id as participant_id, pa.business_id, pa.programme_id, p.title as programme_title,
               (bt.completed_at at time zone ${timeZone})::date::text as completed_on, b.kecamatan_code, b.sector
        from participants pa
        join programme_batches bt on bt.kode_wilayah = pa.kode_wilayah and bt.id = pa.batch_id and bt.completed_at is not null
        join programmes p on p.kode_wilayah = pa.kode_wilayah and p.id = pa.programme_id
        join businesses b on b.kode_wilayah = pa.kode_wilayah and b.id = pa.business_id and b.deleted_at is null
        where pa.kode_wilayah = ${kw} and pa.status = 'completed'
          ${scope.programmeId ? sql`and pa.programme_id = ${scope.programmeId}` : sql``}
          ${scope.kecamatan ? sql`and b.kecamatan_code = ${scope.kecamatan}` : sql``}
        order by pa.id`);
    },

    /** Every snapshot of the given businesses up to `asOf`, oldest first (one array parameter, however many ids). */
    snapshotsOf(kw: string, businessIds: string[], asOf: string) {
      return queryRows<{
        business_id: string; recorded_on: string; annual_sales: string | null; workers_male: number; workers_female: number; scale: string;
        scale_rule_id: string; status: string | null; licences: string[] | null; source: string;
      }>(db, sql`
        select m.business_id, m.recorded_on::text as recorded_on, m.annual_sales, m.workers_male, m.workers_female, m.scale, m.scale_rule_id,
               m.status, m.licences, m.source
        from business_metrics m
        where m.kode_wilayah = ${kw} and m.business_id = any(${arrayParam(businessIds)}::uuid[]) and m.recorded_on <= ${asOf}::date
        order by m.business_id, m.recorded_on, m.created_at`);
    },

    /**
     * Candidates for the comparison group: live businesses never seated in any programme, in one of the
     * kecamatan or sectors, with their scale and sales at `asOfBaseline` (their last snapshot on or before it).
     */
    comparisonCandidates(kw: string, kecamatan: string[], sectors: string[], asOfBaseline: string) {
      return queryRows<{ id: string; kecamatan_code: string; sector: string; scale: string; annual_sales: string | null }>(db, sql`
        select b.id, b.kecamatan_code, b.sector, m.scale, m.annual_sales
        from businesses b
        cross join lateral (
          select m.scale, m.annual_sales from business_metrics m
          where m.kode_wilayah = b.kode_wilayah and m.business_id = b.id and m.recorded_on <= ${asOfBaseline}::date
          order by m.recorded_on desc, m.created_at desc limit 1) m
        where b.kode_wilayah = ${kw} and b.deleted_at is null
          and (b.kecamatan_code = any(${arrayParam(kecamatan)}::text[]) or b.sector = any(${arrayParam(sectors)}::text[]))
          and not exists (select 1 from participants pa where pa.kode_wilayah = b.kode_wilayah and pa.business_id = b.id and pa.status in ${SEATED_SQL})
        order by b.id`);
    },
  };
}

export type FollowupRepository = ReturnType<typeof createFollowupRepository>;
