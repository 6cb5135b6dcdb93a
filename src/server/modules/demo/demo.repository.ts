import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { inTransaction, queryRows } from '../../db/query';
import { BUSINESS_COLUMNS, LICENCE_COLUMNS, METRIC_COLUMNS, OWNER_COLUMNS, type DemoPlan } from './demo-data';

/** Rows loaded per table. */
export interface DemoLoadCounts {
  owners: number;
  businesses: number;
  licences: number;
  metrics: number;
}

/**
 * Loads a demo plan with COPY, table by table in foreign-key order (owners → businesses → licences →
 * business_metrics), all in one transaction: a load killed halfway leaves no rows. The plan's
 * generators stream, so a million businesses never sit in memory. The tenant row must exist first.
 */
export function loadDemoRegistry(database: Database, plan: DemoPlan): Promise<DemoLoadCounts> {
  return database.bulkLoad(async (copy) => {
    const owners = await copy('owners', OWNER_COLUMNS, plan.owners());
    const businesses = await copy('businesses', BUSINESS_COLUMNS, plan.businesses());
    const licences = await copy('licences', LICENCE_COLUMNS, plan.licences());
    const metrics = await copy('business_metrics', METRIC_COLUMNS, plan.metrics());
    return { owners, businesses, licences, metrics };
  });
}

/**
 * Refreshes planner statistics and the visibility map after a demo load. PGlite runs no autovacuum, so
 * without this the registry is planned as if empty: a NIK-prefix search of the 30,000-business demo took
 * minutes instead of milliseconds, and the index-only scans read the heap. Runs on the background
 * connection (no statement time limit; VACUUM cannot run inside a transaction).
 */
export async function refreshDemoStatistics(database: Database): Promise<void> {
  await database.backgroundDb.execute(sql`vacuum (analyze) owners, businesses, licences, business_metrics`);
}

/** How far an earlier seeding of a regency got (a start killed while seeding resumes from here). */
export async function seedState(db: Db, kodeWilayah: string): Promise<{ businesses: number; memberships: number }> {
  const [row] = await queryRows<{ businesses: number | string; memberships: number | string }>(
    db,
    sql`select (select count(*) from businesses where kode_wilayah = ${kodeWilayah}) as businesses,
               (select count(*) from memberships where kode_wilayah = ${kodeWilayah}) as memberships`,
  );
  return { businesses: Number(row?.businesses ?? 0), memberships: Number(row?.memberships ?? 0) };
}

/**
 * The owner the demo "pemilik" account is linked to: one who runs the most businesses (so the owner
 * view shows more than one), ties broken by id so the choice is stable. Null when the regency is empty.
 */
export async function firstOwnerId(db: Db, kodeWilayah: string): Promise<string | null> {
  const rows = await queryRows<{ owner_id: string }>(
    db,
    sql`select owner_id from businesses where kode_wilayah = ${kodeWilayah} and deleted_at is null
        group by owner_id order by count(*) desc, owner_id limit 1`,
  );
  return rows[0]?.owner_id ?? null;
}

/** A spread of demo businesses (every n-th by id) with what the programme demo needs to pick participants. */
export async function sampleBusinesses(db: Db, kodeWilayah: string, count: number) {
  return queryRows<{ id: string; kecamatan_code: string; desa_code: string; has_nib: boolean; sector: string }>(
    db,
    sql`select id, kecamatan_code, desa_code, has_nib, sector from businesses where kode_wilayah = ${kodeWilayah} and deleted_at is null
        order by md5(id::text) limit ${count}`,
  );
}

/** Live businesses of one kecamatan never seated in a programme, in a stable pseudo-random order (demo follow-up cohort). */
export async function unseatedBusinessesIn(db: Db, kodeWilayah: string, kecamatanCode: string, count: number) {
  return queryRows<{ id: string; annual_sales: string | null }>(
    db,
    sql`select b.id, b.annual_sales from businesses b where b.kode_wilayah = ${kodeWilayah} and b.kecamatan_code = ${kecamatanCode}
          and b.deleted_at is null and b.status = 'active' and b.scale = 'micro'
          and not exists (select 1 from participants p where p.kode_wilayah = b.kode_wilayah and p.business_id = b.id)
        order by md5(b.id::text) limit ${count}`,
  );
}

/**
 * Moves a completed batch `days` into the past with everything dated from it: the completion, its
 * follow-up tasks' due dates and its participants' enrolment baselines (the demo shows months of
 * follow-up that a fresh install cannot have lived through).
 */
export async function backdateCompletion(db: Db, kodeWilayah: string, batchId: string, days: number): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`update programme_batches set completed_at = completed_at - make_interval(days => ${days}) where kode_wilayah = ${kodeWilayah} and id = ${batchId}`);
    await tx.execute(sql`update followup_tasks set due_on = due_on - ${days}::int
      where kode_wilayah = ${kodeWilayah} and participant_id in (select id from participants where kode_wilayah = ${kodeWilayah} and batch_id = ${batchId})`);
    await tx.execute(sql`update business_metrics set recorded_on = recorded_on - ${days + 14}::int where kode_wilayah = ${kodeWilayah} and source = 'baseline'
      and business_id in (select business_id from participants where kode_wilayah = ${kodeWilayah} and batch_id = ${batchId})`);
  });
}
