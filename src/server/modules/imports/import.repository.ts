import { and, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { CopyRows, CopySource, ExecSql } from '../../db/copy';
import { queryRows } from '../../db/query';
import { licences } from '../registry/registry.table';
import { businessSources, importMappings, imports, type ImportSummary } from './import.table';

export type ImportRow = typeof imports.$inferSelect;
export type NewImportRow = typeof imports.$inferInsert;

/** Columns of the per-commit staging table, in COPY order (the service builds rows in this order). */
export const STAGE_COLUMNS = [
  'row_number', 'fingerprint', 'owner_id', 'business_id', 'business_name', 'owner_name', 'search_text', 'nik', 'gender',
  'birth_date', 'phone', 'address', 'kecamatan_code', 'desa_code', 'sector', 'kbli', 'annual_sales', 'capital',
  'workers_male', 'workers_female', 'nib', 'start_year', 'scale',
] as const;

/** What a commit stored, and what it skipped. */
export interface CommitCounts {
  created: number;
  alreadyImported: number;
  repeatedInFile: number;
  ownersCreated: number;
}

/** Runs a data-changing statement (… returning 1) and returns how many rows it touched, without fetching them. */
async function countOf(exec: ExecSql, statement: SQL): Promise<number> {
  const [row] = await exec(sql`with touched as (${statement}) select count(*)::int as n from touched`);
  return Number(row?.n ?? 0);
}

/** Imports, saved mappings and provenance: every SQL statement of the import module. */
export function createImportRepository(db: Db) {
  return {
    async insert(row: NewImportRow): Promise<ImportRow> {
      const [created] = await db.insert(imports).values(row).returning();
      return created!;
    },

    async find(kw: string, id: string, tx: Db = db): Promise<ImportRow | undefined> {
      const [row] = await tx.select().from(imports).where(and(eq(imports.kodeWilayah, kw), eq(imports.id, id)));
      return row;
    },

    /** The regency's latest imports, or only those one user uploaded. */
    list(kw: string, where: { uploadedBy?: string } = {}, limit = 50): Promise<ImportRow[]> {
      const byUser = where.uploadedBy ? eq(imports.uploadedBy, where.uploadedBy) : undefined;
      return db.select().from(imports).where(and(eq(imports.kodeWilayah, kw), byUser)).orderBy(desc(imports.createdAt)).limit(limit);
    },

    async update(kw: string, id: string, values: Partial<NewImportRow>): Promise<ImportRow | undefined> {
      const [row] = await db.update(imports).set(values).where(and(eq(imports.kodeWilayah, kw), eq(imports.id, id))).returning();
      return row;
    },

    /** An earlier committed import of exactly the same bytes, if any. */
    async committedWithSameFile(kw: string, sha256: string, exceptId: string): Promise<ImportRow | undefined> {
      const [row] = await db
        .select()
        .from(imports)
        .where(and(eq(imports.kodeWilayah, kw), eq(imports.sha256, sha256), eq(imports.status, 'committed'), sql`${imports.id} <> ${exceptId}`))
        .orderBy(desc(imports.committedAt))
        .limit(1);
      return row;
    },

    async savedMapping(kw: string, signature: string) {
      const [row] = await db
        .select()
        .from(importMappings)
        .where(and(eq(importMappings.kodeWilayah, kw), eq(importMappings.headerSignature, signature)));
      return row;
    },

    async saveMapping(kw: string, signature: string, mapping: (string | null)[], turnoverPeriod: 'monthly' | 'yearly', label: string) {
      await db
        .insert(importMappings)
        .values({ kodeWilayah: kw, headerSignature: signature, mapping, turnoverPeriod, label })
        .onConflictDoUpdate({
          target: [importMappings.kodeWilayah, importMappings.headerSignature],
          set: { mapping, turnoverPeriod, label, updatedAt: new Date() },
        });
    },

    /** Which of these row fingerprints are already in the registry (a dry run reports them as "already imported"). */
    async knownFingerprints(kw: string, fingerprints: string[]): Promise<Set<string>> {
      if (!fingerprints.length) return new Set();
      const rows = await db
        .select({ f: businessSources.fingerprint })
        .from(businessSources)
        .where(and(eq(businessSources.kodeWilayah, kw), inArray(businessSources.fingerprint, fingerprints)));
      return new Set(rows.map((r) => r.f!));
    },

    /** Which of these NIB numbers another business already holds. */
    async takenNibs(kw: string, numbers: string[]): Promise<Set<string>> {
      if (!numbers.length) return new Set();
      const rows = await db
        .select({ n: licences.number })
        .from(licences)
        .where(and(eq(licences.kodeWilayah, kw), eq(licences.kind, 'NIB'), isNotNull(licences.number), inArray(licences.number, numbers)));
      return new Set(rows.map((r) => r.n!));
    },

    /**
     * Stores an import in one transaction: COPY the checked rows into a temporary staging table, then
     * set-based statements keep the first of each repeated row and drop rows already imported, link owners
     * by NIK (to an existing owner, or to the first row of the file with that NIK), and insert owners, businesses,
     * NIB licences, first metric snapshots and provenance. Killed halfway, nothing remains.
     * `lockAndCheck` runs first, under a row lock on the import, so two commits of one import cannot both run.
     */
    async commitStaged(
      bulkLoad: <T>(fn: (copy: CopyRows, exec: ExecSql) => Promise<T>) => Promise<T>,
      opts: {
        kw: string;
        importId: string;
        rows: CopySource;
        scaleRuleId: string;
        label: string;
        fileName: string;
        addedByName: string;
        recordedOn: string;
        lockAndCheck: (exec: ExecSql) => Promise<boolean>;
        finish: (exec: ExecSql, counts: CommitCounts) => Promise<void>;
      },
    ): Promise<CommitCounts | null> {
      const { kw, importId } = opts;
      return bulkLoad(async (copy, exec) => {
        if (!(await opts.lockAndCheck(exec))) return null;
        await exec(sql`create temp table import_stage (
          row_number int not null, fingerprint text not null, owner_id uuid not null, business_id uuid not null,
          business_name text not null, owner_name text not null, search_text text not null, nik text, gender text,
          birth_date date, phone text, address text, kecamatan_code text not null, desa_code text not null,
          sector text not null, kbli text, annual_sales bigint, capital bigint, workers_male int not null,
          workers_female int not null, nib text, start_year int, scale text not null
        ) on commit drop`);
        const staged = await copy('import_stage', STAGE_COLUMNS, opts.rows);
        // Set-based and written once: CREATE TABLE AS with window functions, never UPDATE of the staged rows
        // (an UPDATE of a million staged rows rewrites each one; it cost 86 s of a 600 s commit at 1 M rows).
        // 1. The first row of each fingerprint, unless an earlier import already stored it.
        await exec(sql`create temp table import_kept on commit drop as
          select * from (select s.*, row_number() over (partition by fingerprint order by row_number) as fp_rank from import_stage s) x
          where fp_rank = 1 and not exists (
            select 1 from business_sources b where b.kode_wilayah = ${kw} and b.fingerprint = x.fingerprint)`);
        const [unique] = await exec(sql`select count(distinct fingerprint)::int as n from import_stage`);
        const [kept] = await exec(sql`select count(*)::int as n from import_kept`);
        const repeated = staged - Number(unique?.n ?? 0);
        const known = Number(unique?.n ?? 0) - Number(kept?.n ?? 0);
        // 2. Owners: an existing owner with the same NIK, else the first row of this file with that NIK. A NIB
        //    held by another business, or by an earlier row of this file, is dropped rather than stored twice.
        await exec(sql`create temp table import_rows on commit drop as
          select k.*,
            case when k.nik is null then k.owner_id
                 when o.id is not null then o.id
                 else first_value(k.owner_id) over (partition by k.nik order by k.row_number) end as owner_ref,
            o.id is not null as owner_exists,
            case when k.nib is not null and row_number() over (partition by k.nib order by k.row_number) = 1
                  and not exists (select 1 from licences l where l.kode_wilayah = ${kw} and l.kind = 'NIB' and l.number = k.nib)
                 then k.nib end as nib_kept
          from import_kept k
          left join (select distinct on (nik) nik, id from owners where kode_wilayah = ${kw} and nik is not null
                     order by nik, created_at, id) o on o.nik = k.nik`);
        // Measured at 200 k rows into a 1 M registry (PostgreSQL 15): 86 s as they come, 69 s with a larger GIN
        // pending list, 45 s in search-text order (the covering search indexes then fill page by page).
        await exec(sql`set local gin_pending_list_limit = '64MB'`);
        await exec(sql`set local work_mem = '128MB'`);
        const owners = await countOf(exec, sql`insert into owners (kode_wilayah, id, full_name, nik, gender, birth_date, phone, address, desa_code)
          select ${kw}, owner_id, owner_name, nik, gender, birth_date, phone, address, desa_code
          from import_rows where not owner_exists and owner_ref = owner_id returning 1`);
        const created = await countOf(exec, sql`insert into businesses (kode_wilayah, id, owner_id, name, search_text, kbli, sector,
            kecamatan_code, desa_code, address, start_year, capital, annual_sales, workers_male, workers_female, scale,
            scale_rule_id, has_nib)
          select ${kw}, business_id, owner_ref, business_name, search_text, kbli, sector, kecamatan_code, desa_code, address,
            start_year, capital, annual_sales, workers_male, workers_female, scale, ${opts.scaleRuleId}, nib_kept is not null
          from import_rows order by search_text returning 1`);
        await exec(sql`insert into licences (kode_wilayah, id, business_id, kind, number)
          select ${kw}, gen_random_uuid(), business_id, 'NIB', nib_kept from import_rows where nib_kept is not null`);
        await exec(sql`insert into business_metrics (kode_wilayah, id, business_id, recorded_on, capital, annual_sales,
            workers_male, workers_female, scale, scale_rule_id, source)
          select ${kw}, gen_random_uuid(), business_id, ${opts.recordedOn}::date, capital, annual_sales, workers_male,
            workers_female, scale, ${opts.scaleRuleId}, 'import' from import_rows`);
        await exec(sql`insert into business_sources (kode_wilayah, id, business_id, import_id, label, file_name, row_number,
            fingerprint, added_by_name)
          select ${kw}, gen_random_uuid(), business_id, ${importId}::uuid, ${opts.label}, ${opts.fileName}, row_number,
            fingerprint, ${opts.addedByName} from import_rows`);
        const counts = { created, alreadyImported: known, repeatedInFile: repeated, ownersCreated: owners };
        await opts.finish(exec, counts);
        return counts;
      });
    },

    /** Marks an import committed (inside the commit's transaction). */
    markCommitted(exec: ExecSql, kw: string, id: string, summary: ImportSummary, committedCount: number) {
      return exec(sql`update imports set status = 'committed', committed_at = now(), committed_count = ${committedCount},
        summary = ${JSON.stringify(summary)}::jsonb where kode_wilayah = ${kw} and id = ${id}`);
    },

    /** Locks the import row for the commit and returns its status. */
    async lockStatus(exec: ExecSql, kw: string, id: string): Promise<string | undefined> {
      const rows = await exec(sql`select status from imports where kode_wilayah = ${kw} and id = ${id} for update`);
      return rows[0]?.status as string | undefined;
    },

    /** Moves provenance rows from one business to another (a merge); returns the moved ids. */
    async moveSources(tx: Db, kw: string, fromBusinessId: string, toBusinessId: string, onlyIds?: string[]): Promise<string[]> {
      const where = [eq(businessSources.kodeWilayah, kw), eq(businessSources.businessId, fromBusinessId)];
      if (onlyIds) {
        if (!onlyIds.length) return [];
        where.push(inArray(businessSources.id, onlyIds));
      }
      const rows = await tx.update(businessSources).set({ businessId: toBusinessId }).where(and(...where)).returning({ id: businessSources.id });
      return rows.map((r) => r.id);
    },

    /** Provenance of these businesses, oldest first. */
    sourcesOf(kw: string, businessIds: string[]) {
      if (!businessIds.length) return Promise.resolve([]);
      return db
        .select()
        .from(businessSources)
        .where(and(eq(businessSources.kodeWilayah, kw), inArray(businessSources.businessId, businessIds)))
        .orderBy(businessSources.createdAt);
    },

    /**
     * Refreshes planner statistics of the tables a large import grew. PGlite has no autovacuum, and even on
     * PostgreSQL the duplicate scan that follows an import would otherwise plan against a registry a tenth
     * of its new size (the scan after a 1 M-row import took 1,188 s on PGlite unanalysed; bench/dedupe.bench.ts
     * --db scans an analysed 1 M registry in 129 s).
     */
    async refreshStatistics(): Promise<void> {
      for (const table of ['owners', 'businesses', 'licences', 'business_metrics', 'business_sources']) {
        await db.execute(sql.raw(`analyze ${table}`));
      }
    },

    /** Ids of the businesses an import created (the duplicate scan compares them with the registry). */
    async businessIdsOfImport(kw: string, importId: string): Promise<string[]> {
      const rows = await queryRows<{ business_id: string }>(
        db,
        sql`select business_id from business_sources where kode_wilayah = ${kw} and import_id = ${importId}`,
      );
      return rows.map((r) => r.business_id);
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
