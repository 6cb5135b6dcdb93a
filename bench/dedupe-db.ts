/**
 * `--db pglite|postgres` mode of bench/dedupe.bench.ts: the whole path the product runs. The truth set is loaded
 * into a fresh database the way the demo loader loads a registry (COPY into owners, businesses and licences, with
 * demo-data's column lists), then `duplicates.scan(actor, kw)` is timed end to end: the repository's keyset-paged
 * read of every live business (matchBatches), findDuplicatePairs, and the insert of the pairs into
 * duplicate_pairs. The pairs are then read back from duplicate_pairs and handed to dedupe.bench.ts with their ids
 * mapped back to the truth set's, so precision and recall are computed exactly as in the in-memory mode.
 *
 * Mapping: record j becomes business id randomUUID() (a fresh UUID, so id order, the order the scan reads in,
 * is unrelated to insert order, as in a real registry) with its own owner row carrying the record's owner name,
 * NIK and phone (one owner per record, even for the generator's "same owner" records, which already repeat the
 * owner's name, NIK and phone). A record's NIB becomes one licences row (kind 'NIB') and has_nib = true. NIBs are
 * unique per regency (licences_number_uq), so when the generator repeats a NIB on a duplicate only the first
 * record in generation order gets the licence; the later ones are stored without NIB (counted in the result).
 *
 * The scan runs through a service wired as in src/server/app.ts, except that its repository's matchBatches and
 * insertPairs are wrapped with timers (a performance.now() per batch), to split the scan's time into the
 * database read, the matcher, and the pair insert (what follows the insert, e.g. auto-merge, is "after insert").
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createServices } from '../src/server/app';
import { configSchema } from '../src/server/config';
import { type Database, openPglite, openPostgres } from '../src/server/db/client';
import type { CopyValue } from '../src/server/db/copy';
import { queryRows } from '../src/server/db/query';
import type { Actor } from '../src/server/kernel/actor';
import { BUSINESS_COLUMNS, LICENCE_COLUMNS, OWNER_COLUMNS } from '../src/server/modules/demo/demo-data';
import { createDuplicatesRepository, type DuplicatesRepository } from '../src/server/modules/duplicates/duplicates.repository';
import { createDuplicatesService } from '../src/server/modules/duplicates/duplicates.service';
import type { CandidatePair } from '../src/server/modules/duplicates/pair-finder';
import { createBusinessMerge } from '../src/server/modules/registry/registry.merge';
import { createRegistryRepository } from '../src/server/modules/registry/registry.repository';
import { buildSearchText } from '../src/server/modules/registry/search-text';
import type { RegionDirectory } from '../src/server/modules/tenancy/regions';
import type { TruthPlan } from './dedupe-truth';

export type DbEngine = 'pglite' | 'postgres';

export interface DbBenchOptions {
  engine: DbEngine;
  plan: TruthPlan;
  regions: RegionDirectory;
  kodeWilayah: string;
  /** PostgreSQL server on which a fresh database is created and dropped (engine postgres). */
  databaseUrl?: string;
  /** Keep the database (postgres) or the data directory (pglite) afterwards, e.g. for EXPLAIN work. */
  keep?: boolean;
  /**
   * PostgreSQL: session settings for the service's pool, as libpq `options` (e.g. "-c max_parallel_workers_per_gather=0"):
   * what a deployment could set per database or role, to measure a setting without changing src/.
   */
  pgOptions?: string;
  log: (...parts: unknown[]) => void;
}

/** Where the scan's wall time went (ms); the parts add up to `scanMs` up to timer granularity. */
export interface ScanSplit {
  /** From scan() to the first read: the tenant lookup. */
  beforeReadMs: number;
  /** Awaiting matchBatches' batches: the query, transfer and Drizzle's row mapping. */
  readMs: number;
  /** Between batches: the matcher adding each batch (canonical names, column store): findDuplicatePairs' load phase. */
  matcherLoadMs: number;
  /** From the last batch to insertPairs: the matcher's blocking passes and scoring. */
  matcherPassesMs: number;
  /** insertPairs: INSERT … ON CONFLICT DO NOTHING RETURNING, 2,000 pairs a statement. */
  insertMs: number;
  /** After insertPairs: auto-merge (openPairsAbove and merges; none unless the tenant sets a threshold). */
  afterInsertMs: number;
  /** matcherLoadMs + matcherPassesMs. */
  matcherMs: number;
  readQueries: number;
  rowsRead: number;
  /** Per read (ms): first, median, slowest. */
  readBatchMs: { first: number; median: number; max: number };
}

export interface DbBenchResult {
  engine: DbEngine;
  engineVersion: string;
  settings: Record<string, string>;
  database: string;
  /** Candidate pairs read back from duplicate_pairs, ids mapped to the truth set's, sorted by descending score. */
  pairs: CandidatePair[];
  dataset: { owners: number; businesses: number; licences: number; nibRepeatsWithoutLicence: number; recordsWithNib: number };
  timing: {
    generateMs: number;
    migrateMs: number;
    loadMs: number;
    loadTables: { table: string; rows: number; ms: number; rowsPerSecond: number }[];
    vacuumAnalyzeMs: number;
    /** services.duplicates.scan(actor, kw), awaited, wall time. */
    scanMs: number;
    /** The durationMs the scan itself reports. */
    scanReportedMs: number;
    /** This process's CPU during the scan (for pglite that includes the database; for postgres not the server's). */
    scanCpuMs: number;
    split: ScanSplit;
  };
  scan: { candidates: number; newPairs: number; autoMerged: number; storedPairs: number };
  memory: { rssBeforeScanMiB: number; peakRssScanMiB: number; maxRssProcessMiB: number; sampleMs: number };
  loadAverage: { atStart: number[]; beforeScan: number[]; maxOneMinuteDuringScan: number; afterScan: number[] };
  sizesMiB: Record<string, number>;
}

const now = () => performance.now();
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const round1 = (x: number) => Math.round(x * 10) / 10;
const loads = () => loadavg().map((x) => Math.round(x * 100) / 100);

// --- the rows -------------------------------------------------------------------------------------------------------

/** A truth record as loaded: held as JSON tuples between generation and COPY (see `generate`). */
type Tuple = [id: string, ownerId: string, businessName: string, ownerName: string, nik: string | null, phone: string | null,
  nib: string | null, kecamatanCode: string, desaCode: string];
interface Held { j: number; t: Tuple }

/** Registration stamps in record order (a duplicate is registered after its source), one every 150 s from 2021. */
const CREATED_FROM = Date.UTC(2021, 0, 4, 1, 0, 0);
const createdAt = (j: number) => new Date(CREATED_FROM + j * 150_000).toISOString();

/**
 * Every column of demo-data's lists, by name: the Record types make a column added to OWNER_COLUMNS,
 * BUSINESS_COLUMNS or LICENCE_COLUMNS a type error here rather than a silently misaligned COPY.
 */
function rowBuilders(kw: string) {
  const owner: Record<(typeof OWNER_COLUMNS)[number], (h: Held) => CopyValue> = {
    kode_wilayah: () => kw,
    id: (h) => h.t[1],
    full_name: (h) => h.t[3],
    nik: (h) => h.t[4],
    gender: () => null,
    birth_date: () => null,
    phone: (h) => h.t[5],
    address: () => null,
    desa_code: (h) => h.t[8],
    created_at: (h) => createdAt(h.j),
  };
  const business: Record<(typeof BUSINESS_COLUMNS)[number], (h: Held) => CopyValue> = {
    kode_wilayah: () => kw,
    id: (h) => h.t[0],
    owner_id: (h) => h.t[1],
    name: (h) => h.t[2],
    search_text: (h) => buildSearchText(h.t[2], h.t[3]),
    kbli: () => null,
    sector: () => 'lainnya', // the truth set has no sector; the scan does not read it
    kecamatan_code: (h) => h.t[7],
    desa_code: (h) => h.t[8],
    address: () => null,
    start_year: () => null,
    status: () => 'active',
    status_reason: () => null,
    capital: () => null,
    annual_sales: () => null,
    workers_male: () => 0,
    workers_female: () => 0,
    sales_channels: () => [],
    scale: () => 'micro', // what PP7_2021 gives for unknown capital and sales
    scale_rule_id: () => 'PP7_2021',
    created_at: (h) => createdAt(h.j),
    updated_at: (h) => createdAt(h.j),
    has_nib: (h) => h.t[6] !== null,
  };
  const licence: Record<(typeof LICENCE_COLUMNS)[number], (h: Held) => CopyValue> = {
    kode_wilayah: () => kw,
    id: () => randomUUID(),
    business_id: (h) => h.t[0],
    kind: () => 'NIB',
    number: (h) => h.t[6],
    issued_on: () => null,
    expires_on: () => null,
    halal_route: () => null,
  };
  const rows = <C extends string>(columns: readonly C[], values: Record<C, (h: Held) => CopyValue>) => (h: Held) => columns.map((c) => values[c](h));
  return { owner: rows(OWNER_COLUMNS, owner), business: rows(BUSINESS_COLUMNS, business), licence: rows(LICENCE_COLUMNS, licence) };
}

/** Rows of one table from the held JSON batches (parsed again for each table: one walk, flat memory). */
function* tableRows(held: readonly string[], batchSize: number, toRow: (h: Held) => CopyValue[], only?: (h: Held) => boolean): Generator<CopyValue[]> {
  for (let b = 0; b < held.length; b++) {
    const tuples = JSON.parse(held[b]!) as Tuple[];
    for (let k = 0; k < tuples.length; k++) {
      const h = { j: b * batchSize + k, t: tuples[k]! };
      if (!only || only(h)) yield toRow(h);
    }
  }
}

// --- the database ---------------------------------------------------------------------------------------------------

interface Opened { database: Database; label: string; finish(): Promise<void> }

async function openBenchDatabase(opts: DbBenchOptions): Promise<Opened> {
  const { log } = opts;
  if (opts.engine !== 'postgres' && opts.pgOptions) throw new Error('--pg-options applies to --db postgres only');
  if (opts.engine === 'postgres') {
    const url = opts.databaseUrl;
    if (!url) throw new Error('--db postgres needs DATABASE_URL (a server where the bench may create and drop a database)');
    const name = `bench_dedupe_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    // The server's pool (openDatabase → openPostgres with its default size): the scan runs on what production runs.
    const poolUrl = new URL(dbUrl);
    if (opts.pgOptions) poolUrl.searchParams.set('options', opts.pgOptions);
    const database = await openPostgres(poolUrl.toString());
    let finished = false;
    return {
      database,
      label: poolUrl.toString().replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@'),
      async finish() {
        if (finished) return;
        finished = true;
        await database.close().catch(() => undefined);
        if (opts.keep) return log(`kept database ${name}`);
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
        log(`dropped database ${name}`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'berdaya-dedupe-'));
  const database = await openPglite({ dataDir: dir });
  let finished = false;
  return {
    database,
    label: dir,
    async finish() {
      if (finished) return;
      finished = true;
      await database.close().catch(() => undefined);
      let size = '';
      try {
        size = execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0]!;
      } catch { /* no du: no size */ }
      if (opts.keep) return log(`kept data dir ${dir} (${size})`);
      rmSync(dir, { recursive: true, force: true });
      log(`deleted data dir ${dir} (${size})`);
    },
  };
}

/** Cleanups of open bench databases, for dedupe.bench.ts to run when aborting (watchdog, signal). */
export const dbCleanups = new Set<() => Promise<void>>();

// --- the run --------------------------------------------------------------------------------------------------------

export async function runDbBench(opts: DbBenchOptions): Promise<DbBenchResult> {
  const { plan, kodeWilayah: kw, log, engine } = opts;
  const n = plan.n;
  const atStart = loads();

  // 1. Generate (not measured as load): fresh UUIDs, NIBs made unique, records held as JSON tuples per batch.
  const BATCH = 10_000;
  const t0 = now();
  const uuids: string[] = new Array<string>(n);
  const held: string[] = [];
  const nibs = new Set<string>();
  let nibRepeats = 0;
  let j = 0;
  for (const batch of plan.batches(BATCH)) {
    const tuples = batch.map((r): Tuple => {
      const id = randomUUID();
      uuids[j++] = id;
      let nib = r.nib;
      if (nib !== null) {
        if (nibs.has(nib)) (nibRepeats++, (nib = null));
        else nibs.add(nib);
      }
      return [id, randomUUID(), r.businessName, r.ownerName, r.nik, r.phone, nib, r.kecamatanCode, r.desaCode];
    });
    held.push(JSON.stringify(tuples));
  }
  const generateMs = now() - t0;
  const recordsWithNib = nibs.size;
  nibs.clear();
  log(`generated ${n.toLocaleString('en-US')} records in ${(generateMs / 1000).toFixed(1)} s; ${nibRepeats} repeated NIBs stored without licence`);

  // 2. A fresh database, migrated, with the tenant.
  const opened = await openBenchDatabase(opts);
  dbCleanups.add(opened.finish);
  try {
    const { database } = opened;
    const { db } = database;
    log(`database: ${opened.label}`);
    const config = configSchema.parse({ LOG_LEVEL: 'silent' });
    const services = createServices({ config, database, regions: opts.regions });
    const [versionRow] = await queryRows<{ version: string }>(db, sql`select version()`);
    const settingRows = await queryRows<{ name: string; setting: string; unit: string | null }>(
      db,
      sql`select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'jit', 'effective_cache_size', 'random_page_cost', 'max_parallel_workers_per_gather')`,
    );
    const settings = Object.fromEntries(settingRows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting]));
    const tm = now();
    await database.migrate();
    await services.tenants.addTenant(kw, { isDemo: true });
    const migrateMs = now() - tm;

    // 3. COPY (timed): owners → businesses → licences in one transaction, as loadDemoRegistry does.
    const build = rowBuilders(kw);
    const loadTables: DbBenchResult['timing']['loadTables'] = [];
    log('loading (held rows → COPY, one transaction)…');
    const tl = now();
    const counts = await database.bulkLoad(async (copy) => {
      const timed = async (table: string, columns: readonly string[], rows: Iterable<CopyValue[]>) => {
        const t = now();
        const count = await copy(table, columns, rows);
        const ms = now() - t;
        loadTables.push({ table, rows: count, ms: Math.round(ms), rowsPerSecond: Math.round(count / (ms / 1000)) });
        log(`  ${table}: ${count.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(1)} s`);
        return count;
      };
      const owners = await timed('owners', OWNER_COLUMNS, tableRows(held, BATCH, build.owner));
      const businesses = await timed('businesses', BUSINESS_COLUMNS, tableRows(held, BATCH, build.business));
      const licences = await timed('licences', LICENCE_COLUMNS, tableRows(held, BATCH, build.licence, (h) => h.t[6] !== null));
      return { owners, businesses, licences };
    });
    const loadMs = now() - tl;
    held.length = 0;
    log(`loaded in ${(loadMs / 1000).toFixed(1)} s`);
    // Statistics and hint bits now, as on a registry that has been live a while (PGlite has no autovacuum).
    const tv = now();
    await db.execute(sql`vacuum (analyze)`);
    const vacuumAnalyzeMs = now() - tv;
    log(`vacuum (analyze) in ${(vacuumAnalyzeMs / 1000).toFixed(1)} s`);

    // 4. The scan, through the service as app.ts wires it, with a timed repository.
    const split = { firstReadAt: NaN, readEndAt: NaN, insertStartAt: NaN, insertEndAt: NaN, readMs: 0, matcherLoadMs: 0, insertMs: 0, queries: 0, rows: 0 };
    const readBatchMs: number[] = [];
    const repo = createDuplicatesRepository(db);
    const timedRepo: DuplicatesRepository = {
      ...repo,
      async *matchBatches(kwArg, size) {
        const it = repo.matchBatches(kwArg, size);
        split.firstReadAt = now();
        let yieldedAt: number | null = null;
        for (;;) {
          const ta = now();
          if (yieldedAt !== null) split.matcherLoadMs += ta - yieldedAt;
          const r = await it.next();
          const tb = now();
          split.readMs += tb - ta;
          if (r.done) {
            split.readEndAt = tb;
            return;
          }
          split.queries++;
          readBatchMs.push(tb - ta);
          split.rows += r.value.length;
          yieldedAt = now();
          yield r.value;
        }
      },
      async insertPairs(kwArg, pairs, newId) {
        split.insertStartAt = now();
        try {
          return await repo.insertPairs(kwArg, pairs, newId);
        } finally {
          split.insertEndAt = now();
          split.insertMs = split.insertEndAt - split.insertStartAt;
        }
      },
    };
    const duplicates = createDuplicatesService({
      repo: timedRepo,
      merge: createBusinessMerge({ db, repo: createRegistryRepository(db), audit: services.audit }),
      imports: services.imports,
      audit: services.audit,
      tenants: services.tenants,
      regions: opts.regions,
      log: (message, err) => console.warn(message, err instanceof Error ? err.message : err ?? ''),
    });
    const actor: Actor = { userId: randomUUID(), username: 'bench', displayName: 'Bench', isSuperadmin: true, locale: 'id', memberships: [] };

    global.gc?.();
    const beforeScan = loads();
    const rssBefore = process.memoryUsage.rss();
    let peakRss = rssBefore;
    let maxLoad = beforeScan[0]!;
    const SAMPLE_MS = 250;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      maxLoad = Math.max(maxLoad, loadavg()[0]!);
    }, SAMPLE_MS);
    log(`scanning (services.duplicates.scan); load average ${beforeScan.join(' ')}; RSS ${mib(rssBefore)} MiB`);
    const cpu0 = process.cpuUsage();
    const ts = now();
    const out = await duplicates.scan(actor, kw);
    const scanEnd = now();
    const scanMs = scanEnd - ts;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const afterScan = loads();
    const sortedReads = [...readBatchMs].sort((a, b) => a - b);
    const splitOut: ScanSplit = {
      beforeReadMs: Math.round(split.firstReadAt - ts),
      readMs: Math.round(split.readMs),
      matcherLoadMs: Math.round(split.matcherLoadMs),
      matcherPassesMs: Math.round(split.insertStartAt - split.readEndAt),
      insertMs: Math.round(split.insertMs),
      afterInsertMs: Math.round(scanEnd - split.insertEndAt),
      matcherMs: Math.round(split.matcherLoadMs + (split.insertStartAt - split.readEndAt)),
      readQueries: split.queries,
      rowsRead: split.rows,
      readBatchMs: {
        first: round1(readBatchMs[0] ?? NaN),
        median: round1(sortedReads[Math.floor(sortedReads.length / 2)] ?? NaN),
        max: round1(sortedReads.at(-1) ?? NaN),
      },
    };
    log(`scan: ${(scanMs / 1000).toFixed(1)} s (read ${(splitOut.readMs / 1000).toFixed(1)} s in ${split.queries} queries, matcher ${(splitOut.matcherMs / 1000).toFixed(1)} s, insert ${(splitOut.insertMs / 1000).toFixed(1)} s); ${out.candidates.toLocaleString('en-US')} candidates, ${out.newPairs.toLocaleString('en-US')} new; peak RSS ${mib(peakRss)} MiB`);
    if (split.rows !== n) throw new Error(`the scan read ${split.rows} businesses, not ${n}`);

    // 5. The pairs as stored, ids mapped back to the truth set's.
    const rows = await queryRows<{ a: string; b: string; score: number | string; reasons: string[] }>(
      db,
      sql`select business_a as a, business_b as b, score, reasons from duplicate_pairs where kode_wilayah = ${kw} order by score desc, business_a, business_b`,
    );
    const indexOf = new Map<string, number>();
    for (let k = 0; k < n; k++) indexOf.set(uuids[k]!, k);
    const truthId = (uuid: string) => {
      const k = indexOf.get(uuid);
      if (k === undefined) throw new Error(`duplicate_pairs names business ${uuid}, which the bench did not load`);
      return plan.id(k);
    };
    const pairs: CandidatePair[] = rows.map((r) => {
      const [a, b] = [truthId(r.a), truthId(r.b)].sort();
      return { a: a!, b: b!, score: Number(r.score), reasons: r.reasons };
    });
    indexOf.clear();

    const sizeRows = await queryRows<{ name: string; bytes: string | number }>(
      db,
      sql`select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace s on s.oid = c.relnamespace
          where s.nspname = 'public' and c.relkind = 'r' and c.relname in ('owners', 'businesses', 'licences', 'duplicate_pairs') order by 1`,
    );
    const [dbSize] = await queryRows<{ bytes: string | number }>(db, sql`select pg_database_size(current_database()) as bytes`);
    const sizesMiB = { ...Object.fromEntries(sizeRows.map((r) => [r.name, mib(Number(r.bytes))])), database: mib(Number(dbSize?.bytes)) };

    return {
      engine,
      engineVersion: versionRow?.version ?? 'unknown',
      settings,
      database: opened.label,
      pairs,
      dataset: { ...counts, nibRepeatsWithoutLicence: nibRepeats, recordsWithNib },
      timing: {
        generateMs: Math.round(generateMs),
        migrateMs: Math.round(migrateMs),
        loadMs: Math.round(loadMs),
        loadTables,
        vacuumAnalyzeMs: Math.round(vacuumAnalyzeMs),
        scanMs: Math.round(scanMs),
        scanReportedMs: out.durationMs,
        scanCpuMs: Math.round((cpu.user + cpu.system) / 1000),
        split: splitOut,
      },
      scan: { candidates: out.candidates, newPairs: out.newPairs, autoMerged: out.autoMerged, storedPairs: rows.length },
      memory: { rssBeforeScanMiB: mib(rssBefore), peakRssScanMiB: mib(peakRss), maxRssProcessMiB: Math.round(process.resourceUsage().maxRSS / 1024), sampleMs: SAMPLE_MS },
      loadAverage: { atStart, beforeScan, maxOneMinuteDuringScan: Math.round(maxLoad * 100) / 100, afterScan },
      sizesMiB,
    };
  } finally {
    dbCleanups.delete(opened.finish);
    await opened.finish();
  }
}
