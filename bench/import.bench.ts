/**
 * Import benchmark: spreadsheet import throughput (rows/s) through the real import service, each step set
 * against a raw COPY of the same rows in the same run.
 *
 *   npx tsx bench/import.bench.ts --engine postgres --csv-rows 1000000 --xlsx-rows 200000   # needs DATABASE_URL
 *   npx tsx bench/import.bench.ts --engine pglite --quick                                    # 50 k CSV + 10 k xlsx
 *   npx tsx bench/import.bench.ts --engine both                                              # one child process per engine
 *
 * Files (bench/import-data.ts, seeded): an office CSV and an office xlsx for Kabupaten Bandung (32.04), with ~2 %
 * error rows and ~1 % repeated rows. Per engine, a fresh database (PostgreSQL: bench_import_<ts> on the
 * DATABASE_URL server, dropped at the end; PGlite: a temp data directory), migrated, tenant 32.04 added; then
 * for the CSV and then the xlsx (into the same registry, so the xlsx lands next to the CSV's rows):
 *
 *   raw COPY #1 → upload → dry run → commit (per-statement timings) → duplicate scan (background, awaited
 *   apart) → raw COPY #2 → profile passes (parse only, parse + check, inspect)
 *
 * The raw COPY baseline reads the same file (CSV: a plain streaming `;` split; xlsx: the project's own
 * readSheetRows) and COPYs the N data rows, every cell as text, one text column per file column, into a plain
 * table through database.bulkLoad. Ratios use the faster of the two COPYs. See bench/README.md.
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createServices } from '../src/server/app';
import { configSchema } from '../src/server/config';
import { type Database, openPglite, openPostgres } from '../src/server/db/client';
import { compileSql, type CopyRows, type CopySource, type CopyValue } from '../src/server/db/copy';
import { queryRows } from '../src/server/db/query';
import type { Actor } from '../src/server/kernel/actor';
import { checkImportRows } from '../src/server/modules/imports/import-check';
import { createImportRepository, type ImportRow } from '../src/server/modules/imports/import.repository';
import { inspectSheet, readSheetRows, type SheetLimits } from '../src/server/modules/imports/sheet-reader';
import { loadRegionDirectory, type RegionDirectory } from '../src/server/modules/tenancy/regions';
import { type ImportDataStats, OFFICE_COLUMNS, writeOfficeCsv, writeOfficeXlsx } from './import-data';
import { gitState } from './git-state';

const KW = '32.04';
const HERE = dirname(fileURLToPath(import.meta.url));
/** Bump when bench/import-data.ts writes different files (reused files are then regenerated). */
const GENERATOR_VERSION = 2;
const FULL = { csv: 1_000_000, xlsx: 200_000 };
const QUICK = { csv: 50_000, xlsx: 10_000 };

// --- arguments ----------------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    'csv-rows': { type: 'string' },
    'xlsx-rows': { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '2026' },
    'files-dir': { type: 'string' },
    'keep-files': { type: 'boolean', default: false },
    'keep-db': { type: 'boolean', default: false },
    'skip-profile': { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '90' },
    out: { type: 'string' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: npx tsx bench/import.bench.ts --engine pglite|postgres|both [--csv-rows N] [--xlsx-rows M] [options]
  --csv-rows N      CSV data rows (${FULL.csv}); 0 skips the CSV
  --xlsx-rows M     xlsx data rows (${FULL.xlsx}); 0 skips the xlsx
  --quick           ${QUICK.csv} CSV + ${QUICK.xlsx} xlsx rows (unless given)
  --seed S          generator seed (2026; the xlsx uses S + 1)
  --files-dir DIR   where the generated files live; files already there (same rows, seed, generator) are reused
                    and kept (default: a temp dir, deleted at the end unless --keep-files)
  --keep-db         postgres: keep the bench_import_<ts> database; pglite: keep the data dir
  --skip-profile    no profile passes (parse only, parse + check, inspect) after each file
  --max-minutes M   abort after M minutes (90)
  --out FILE        JSON path (bench/results/import-<engine>-<date>-<commit>[-dirty][-<csv>-<xlsx>].json)
  --label TEXT      free-text note stored in the JSON
PostgreSQL needs DATABASE_URL (a server where the bench may create and drop databases).`);
  process.exit(0);
}

const engineArg = args.engine as 'pglite' | 'postgres' | 'both';
if (!['pglite', 'postgres', 'both'].includes(engineArg)) throw new Error(`--engine must be pglite, postgres or both, got ${args.engine}`);
const toCount = (s: string | undefined, fallback: number, name: string) => {
  if (s === undefined) return fallback;
  const v = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer, got ${s}`);
  return v;
};
const csvRows = toCount(args['csv-rows'], args.quick ? QUICK.csv : FULL.csv, 'csv-rows');
const xlsxRows = toCount(args['xlsx-rows'], args.quick ? QUICK.xlsx : FULL.xlsx, 'xlsx-rows');
const seed = Number(args.seed);
const dateTag = new Date().toISOString().slice(0, 10);
/** Results of the same day and code would overwrite each other without the commit in the name. */
const outFileOf = (engine: string, head: string) =>
  args.out ?? join(HERE, 'results', `import-${engine}-${dateTag}-${head}${csvRows === FULL.csv && xlsxRows === FULL.xlsx ? '' : `-${csvRows}-${xlsxRows}`}.json`);

// --- small helpers (as in registry.bench.ts) ------------------------------------------------------------------------

const now = () => performance.now();
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtInt = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : String(x));
const fmtMiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);
const perSec = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const ratio = (x: number) => Math.round(x * 1000) / 1000;

/** Peak RSS, sampled every 250 ms: over the whole run and over the current phase. */
const memory = {
  peak: 0,
  phasePeak: 0,
  heapPeak: 0,
  sample() {
    const m = process.memoryUsage();
    if (m.rss > this.peak) this.peak = m.rss;
    if (m.rss > this.phasePeak) this.phasePeak = m.rss;
    if (m.heapUsed > this.heapPeak) this.heapPeak = m.heapUsed;
  },
  startPhase() {
    this.phasePeak = 0;
    this.sample();
  },
  endPhase(): number {
    this.sample();
    return Math.round(this.phasePeak / 2 ** 20);
  },
};
setInterval(() => memory.sample(), 250).unref();

/** Times an async step and the peak RSS during it. */
async function timed<T>(name: string, fn: () => Promise<T>): Promise<{ value: T; ms: number; peakRssMiB: number }> {
  memory.startPhase();
  const t = now();
  const value = await fn();
  const ms = now() - t;
  const peakRssMiB = memory.endPhase();
  log(`  ${name}: ${fmtMs(ms)} (peak RSS ${peakRssMiB} MiB)`);
  return { value, ms, peakRssMiB };
}


// --- the files ----------------------------------------------------------------------------------------------------

interface BenchFile { format: 'csv' | 'xlsx'; path: string; stats: ImportDataStats; reused: boolean }

/** Generates (or reuses, when its sidecar says the same rows, seed and generator) one office file. */
async function ensureFile(dir: string, format: 'csv' | 'xlsx', rows: number, fileSeed: number, regions: RegionDirectory): Promise<BenchFile> {
  const path = join(dir, `office-${rows}-s${fileSeed}.${format}`);
  const sidecar = `${path}.json`;
  if (existsSync(path) && existsSync(sidecar)) {
    const saved = JSON.parse(readFileSync(sidecar, 'utf8')) as { generator: number; stats: ImportDataStats };
    if (saved.generator === GENERATOR_VERSION && saved.stats.rows === rows && saved.stats.seed === fileSeed) {
      log(`reusing ${path} (${fmtMiB(saved.stats.bytes)})`);
      return { format, path, stats: saved.stats, reused: true };
    }
  }
  log(`generating ${format} with ${fmtInt(rows)} rows → ${path}`);
  memory.startPhase();
  const stats =
    format === 'csv'
      ? await writeOfficeCsv(path, { rows, seed: fileSeed, regions, nibPrefix: '9120' })
      : await writeOfficeXlsx(path, { rows, seed: fileSeed, regions, nibPrefix: '8120' });
  log(`  ${fmtMiB(stats.bytes)} in ${fmtMs(stats.writeMs)} (${fmtInt(perSec(rows, stats.writeMs))} rows/s, peak RSS ${memory.endPhase()} MiB)`);
  writeFileSync(sidecar, JSON.stringify({ generator: GENERATOR_VERSION, stats }, null, 2));
  return { format, path, stats, reused: false };
}

// --- the database -------------------------------------------------------------------------------------------------

const cleanups: (() => void | Promise<void>)[] = [];
async function runCleanups() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (err) {
      console.error('cleanup failed:', err);
    }
  }
}
const watchdog = setTimeout(() => {
  console.error(`\n!! aborting: the run exceeded --max-minutes ${args['max-minutes']}`);
  void runCleanups().finally(() => process.exit(3));
}, Number(args['max-minutes']) * 60_000);
watchdog.unref();

interface Opened { database: Database; label: string; finish(): Promise<void> }

async function openPostgresBench(): Promise<Opened> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('--engine postgres needs DATABASE_URL (a server where the bench may create databases)');
  const name = `bench_import_${Date.now()}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  let closed = false;
  const drop = async () => {
    if (args['keep-db']) return log(`kept database ${name}`);
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    log(`dropped database ${name}`);
  };
  cleanups.push(drop);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openPostgres(dbUrl.toString(), 4);
  cleanups.push(async () => {
    if (!closed) await database.close();
  });
  return {
    database,
    label: dbUrl.toString().replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@'),
    async finish() {
      closed = true;
      await database.close();
    },
  };
}

async function openPgliteBench(): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'berdaya-import-bench-pglite-'));
  if (!args['keep-db']) cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const database = await openPglite({ dataDir: dir });
  let closed = false;
  cleanups.push(async () => {
    if (!closed) await database.close();
  });
  return {
    database,
    label: dir,
    async finish() {
      closed = true;
      await database.close();
      let size = '';
      try {
        size = execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0]!;
      } catch { /* no du */ }
      log(`PGlite data dir ${dir}: ${size}${args['keep-db'] ? ' (kept)' : ''}`);
    },
  };
}

// --- statement timings inside a bulk load --------------------------------------------------------------------------

interface StatementTiming { kind: 'copy' | 'sql'; label: string; ms: number; rows?: number; sourceMs?: number }
interface BulkLoadTiming { totalMs: number; insideMs: number; statements: StatementTiming[] }

/** A readable label for a statement: its first words, without countOf's `with touched as (` wrapper. */
function labelOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/^with touched as \((.*)\) select count\(\*\)::int as n from touched$/i, '$1');
  return t.length > 110 ? `${t.slice(0, 107)}…` : t;
}

/**
 * Passes rows through, adding up the time spent waiting for the next one: for the import's staging COPY that
 * is the service's own work (read the file, check each row, fingerprint, ids, search text), the rest of the
 * COPY's time is encoding and PostgreSQL/PGlite ingesting. One extra async hop per row (~1 % of a commit).
 */
async function* timedSource(rows: CopySource, acc: { ms: number }): AsyncGenerator<readonly CopyValue[]> {
  const it = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  for (;;) {
    const t = now();
    const step = await it.next();
    acc.ms += now() - t;
    if (step.done) return;
    yield step.value;
  }
}

/**
 * The Database with bulkLoad timed: each COPY and each statement run through `exec`, the time inside the
 * callback and the whole transaction (so the COMMIT is total − inside). Only records while `recording` is set.
 */
function timedDatabase(database: Database) {
  let recording: BulkLoadTiming[] | null = null;
  const wrapped: Database = {
    ...database,
    async bulkLoad(fn) {
      if (!recording) return database.bulkLoad(fn);
      const sink = recording;
      const entry: BulkLoadTiming = { totalMs: 0, insideMs: 0, statements: [] };
      const t0 = now();
      try {
        return await database.bulkLoad(async (copy, exec) => {
          const t1 = now();
          try {
            return await fn(
              (async (table, columns, rows) => {
                const source = { ms: 0 };
                const t = now();
                const n = await copy(table, columns, timedSource(rows, source));
                entry.statements.push({ kind: 'copy', label: `COPY ${table} (${columns.length} columns)`, ms: now() - t, rows: n, sourceMs: source.ms });
                return n;
              }) as CopyRows,
              (async (query) => {
                const t = now();
                const result = await exec(query);
                entry.statements.push({ kind: 'sql', label: labelOf(compileSql(query).text), ms: now() - t });
                return result;
              }),
            );
          } finally {
            entry.insideMs = now() - t1;
          }
        });
      } finally {
        entry.totalMs = now() - t0;
        sink.push(entry);
      }
    },
  };
  return {
    database: wrapped,
    async record<T>(fn: () => Promise<T>): Promise<{ value: T; loads: BulkLoadTiming[] }> {
      const loads: BulkLoadTiming[] = [];
      recording = loads;
      try {
        return { value: await fn(), loads };
      } finally {
        recording = null;
      }
    },
  };
}

// --- the raw COPY baseline ------------------------------------------------------------------------------------------

/** Splits one CSV line on `sep`, honouring "quoted" cells with "" escapes (the generator writes no newlines in cells). */
function splitCsvLine(line: string, sep: string): string[] {
  if (!line.includes('"')) return line.split(sep);
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') (cur += '"'), i++;
        else quoted = false;
      } else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) cells.push(cur), (cur = '');
    else cur += ch;
  }
  cells.push(cur);
  return cells;
}

/** The data rows of the CSV, cells as text, padded to `width`: readline + split, nothing else. */
async function* csvCells(path: string, width: number): AsyncGenerator<string[]> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 }), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false; // the header (with the BOM)
      continue;
    }
    if (!line) continue;
    const cells = splitCsvLine(line, ';');
    while (cells.length < width) cells.push('');
    yield cells.length > width ? cells.slice(0, width) : cells;
  }
}

/** The data rows of the xlsx through the project's reader (readSheetRows), after `skipRows` title/header rows. */
async function* xlsxCells(path: string, width: number, skipRows: number, limits: SheetLimits): AsyncGenerator<string[]> {
  let index = 0;
  for await (const { cells } of readSheetRows(path, 'xlsx', limits)) {
    if (index++ < skipRows) continue;
    while (cells.length < width) cells.push('');
    yield cells.length > width ? cells.slice(0, width) : cells;
  }
}

const COPY_COLUMNS = OFFICE_COLUMNS.map((_, i) => `c${String(i + 1).padStart(2, '0')}`);

/** COPY of the file's rows into a fresh plain table of text columns; the table is dropped afterwards. */
async function copyBaseline(database: Database, file: BenchFile, skipRows: number, limits: SheetLimits) {
  const table = `bench_copy_${file.format}`;
  await database.db.execute(sql.raw(`drop table if exists ${table}`));
  await database.db.execute(sql.raw(`create table ${table} (${COPY_COLUMNS.map((c) => `${c} text`).join(', ')})`));
  memory.startPhase();
  const t = now();
  const rows = await database.bulkLoad((copy) =>
    copy(table, COPY_COLUMNS, file.format === 'csv' ? csvCells(file.path, COPY_COLUMNS.length) : xlsxCells(file.path, COPY_COLUMNS.length, skipRows, limits)),
  );
  const ms = now() - t;
  const peakRssMiB = memory.endPhase();
  const [size] = await queryRows<{ bytes: string | number }>(database.db, sql.raw(`select pg_total_relation_size('${table}') as bytes`));
  await database.db.execute(sql.raw(`drop table ${table}`));
  log(`  raw COPY: ${fmtInt(rows)} rows in ${fmtMs(ms)} (${fmtInt(perSec(rows, ms))} rows/s, table ${fmtMiB(Number(size?.bytes))}, peak RSS ${peakRssMiB} MiB)`);
  return { rows, ms: Math.round(ms), rowsPerSecond: perSec(rows, ms), tableMiB: Math.round(Number(size?.bytes) / 2 ** 20), peakRssMiB };
}

// --- one engine ---------------------------------------------------------------------------------------------------

async function runEngine(engine: 'pglite' | 'postgres', files: BenchFile[], regions: RegionDirectory) {
  const started = new Date();
  const git = gitState();
  const load0 = loadavg();
  // Peaks count from here: generating the files (in this process or not) is not part of the import.
  memory.peak = 0;
  memory.heapPeak = 0;
  const rssAtStartMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
  log(`import bench: engine=${engine} csv=${fmtInt(csvRows)} xlsx=${fmtInt(xlsxRows)} seed=${seed}`);
  log(`code: HEAD ${git.head}${git.dirtyServerFiles.length ? ` + ${git.dirtyServerFiles.length} uncommitted/untracked server paths` : ''}`);
  const opened = engine === 'postgres' ? await openPostgresBench() : await openPgliteBench();
  log(`database: ${opened.label}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'berdaya-import-bench-data-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // The default limits (50 MB file, 500 MB inflated) refuse a 1 M-row CSV: raised here, and reported.
  const config = configSchema.parse({
    LOG_LEVEL: 'silent', DATA_DIR: dataDir, IMPORT_MAX_BYTES: String(2 * 1024 ** 3), IMPORT_MAX_UNZIPPED_BYTES: String(20 * 1024 ** 3),
  });
  const limits: SheetLimits = { maxBytes: config.IMPORT_MAX_BYTES, maxUncompressedBytes: config.IMPORT_MAX_UNZIPPED_BYTES, maxZipEntries: 10_000 };
  const defaults = configSchema.parse({});
  const probe = timedDatabase(opened.database);
  const { database } = probe;
  const { db } = database;
  const services = createServices({ config, database, regions });
  const importRepo = createImportRepository(db);

  const [versionRow] = await queryRows<{ version: string }>(db, sql`select version()`);
  const settingRows = await queryRows<{ name: string; setting: string; unit: string | null }>(
    db,
    sql`select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'temp_buffers',
      'max_wal_size', 'checkpoint_timeout', 'synchronous_commit', 'fsync', 'wal_level', 'full_page_writes', 'jit', 'max_parallel_workers_per_gather')`,
  );
  const settings = Object.fromEntries(settingRows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting]));
  log(`settings: ${JSON.stringify(settings)}`);

  const tMigrate = now();
  await database.migrate();
  await services.tenants.addTenant(KW);
  const migrateMs = Math.round(now() - tMigrate);
  log(`migrated and added tenant ${KW} in ${fmtMs(migrateMs)}`);

  const actor: Actor = { userId: randomUUID(), username: 'bench', displayName: 'Bench', isSuperadmin: true, locale: 'id', memberships: [] };
  const results: Record<string, unknown>[] = [];

  for (const file of files) {
    const n = file.stats.rows;
    log(`── ${file.format.toUpperCase()}: ${fmtInt(n)} rows, ${fmtMiB(file.stats.bytes)} ──`);
    const skipRows = file.format === 'csv' ? 1 : 3;
    const copies = [await copyBaseline(database, file, skipRows, limits)];

    // 1. upload: streamed to disk with its checksum, format and safety checks, header detection, mapping proposal.
    const upload = await timed('upload', () =>
      services.imports.upload(actor, KW, { fileName: basename(file.path), label: `bench ${file.format}` }, createReadStream(file.path, { highWaterMark: 256 * 1024 })),
    );
    const view = upload.value;
    const mapping = view.columns.map((c) => `${c.label}→${c.field ?? '-'}`).join(' | ');
    log(`  header row ${view.headerRow}, mapping: ${mapping}`);
    const importRow = (await importRepo.find(KW, view.id)) as ImportRow;
    if (importRow.dataStartIndex !== skipRows) log(`  !! the import reads data from sheet row index ${importRow.dataStartIndex}, the COPY baseline skips ${skipRows} rows`);

    // 2. dry run: every row read and checked, fingerprints and NIBs looked up per batch of 2,000.
    const dry = await timed('dry run', () => services.imports.dryRun(actor, KW, view.id));
    const summary = dry.value.import.summary!;
    log(`  summary: ${JSON.stringify(summary)}; expected ${JSON.stringify(file.stats.expected)}`);

    // 3. commit (statement by statement), then the background duplicate scan it started.
    const commit = await timed('commit', () => probe.record(() => services.imports.commit(actor, KW, view.id)));
    const committed = commit.value.value;
    const commitLoads = commit.value.loads;
    log(`  created ${fmtInt(committed.created)} (expected ${fmtInt(file.stats.expected.created)}), skipped already imported/repeated ${fmtInt(committed.skippedAlreadyImported)}, with errors ${fmtInt(committed.skippedWithErrors)}`);
    const scan = await timed('duplicate scan (background, awaited)', () => services.duplicates.idle());

    copies.push(await copyBaseline(database, file, skipRows, limits));

    // Profile passes on the same file: the reader alone, the reader + row checks (what dry run and commit both do).
    let profile: Record<string, unknown> | null = null;
    if (!args['skip-profile']) {
      const inspect = await timed('profile: inspectSheet (format sniff; xlsx: zip guard)', () => inspectSheet(file.path, limits));
      const parse = await timed('profile: readSheetRows only', async () => {
        let rows = 0;
        for await (const _ of readSheetRows(file.path, file.format, limits)) rows++;
        return rows;
      });
      const check = await timed('profile: checkImportRows without look-ups (parse + check + fingerprint)', async () => {
        let rows = 0;
        const ctx = { regions, kodeWilayah: KW, scope: { kind: 'all' } as const, today: new Date(), lookups: null };
        for await (const batch of checkImportRows({ path: file.path, limits }, importRow, ctx)) rows += batch.length;
        return rows;
      });
      profile = {
        inspectMs: Math.round(inspect.ms),
        parseOnly: { rows: parse.value, ms: Math.round(parse.ms), rowsPerSecond: perSec(parse.value, parse.ms), peakRssMiB: parse.peakRssMiB },
        parseAndCheck: { rows: check.value, ms: Math.round(check.ms), rowsPerSecond: perSec(check.value, check.ms), peakRssMiB: check.peakRssMiB },
      };
    }

    // What the registry holds for this import.
    const [counts] = await queryRows<Record<string, string | number>>(
      db,
      sql`select
        (select count(*) from business_sources where kode_wilayah = ${KW} and import_id = ${view.id}) as sources,
        (select count(*) from businesses where kode_wilayah = ${KW}) as businesses_total,
        (select count(*) from owners where kode_wilayah = ${KW}) as owners_total,
        (select count(*) from licences where kode_wilayah = ${KW}) as licences_total,
        (select count(*) from business_metrics where kode_wilayah = ${KW}) as metrics_total,
        (select count(*) from duplicate_pairs where kode_wilayah = ${KW}) as duplicate_pairs_total`,
    );
    const [auditRow] = await queryRows<{ after: Record<string, unknown> }>(
      db,
      sql`select after from audit_log where kode_wilayah = ${KW} and entity = 'import' and entity_id = ${view.id} order by at desc limit 1`,
    );

    const copy = copies.reduce((a, b) => (b.ms < a.ms ? b : a));
    const stmts = commitLoads.flatMap((l) => l.statements);
    const load = commitLoads[0];
    const bulkMs = commitLoads.reduce((s, l) => s + l.totalMs, 0);
    const breakdown = {
      outsideTransactionMs: Math.round(commit.ms - bulkMs),
      transactionCommitMs: Math.round(commitLoads.reduce((s, l) => s + (l.totalMs - l.insideMs), 0)),
      statements: stmts.map((s) => ({
        kind: s.kind, label: s.label, ms: Math.round(s.ms), share: ratio(s.ms / commit.ms),
        ...(s.rows !== undefined ? { rows: s.rows } : {}),
        ...(s.sourceMs !== undefined ? { sourceMs: Math.round(s.sourceMs), encodeAndIngestMs: Math.round(s.ms - s.sourceMs) } : {}),
      })),
    };
    const step = (ms: number, peakRssMiB: number) => ({ ms: Math.round(ms), rowsPerSecond: perSec(n, ms), peakRssMiB });
    const result = {
      format: file.format,
      file: { rows: n, bytes: file.stats.bytes, MiB: Math.round((file.stats.bytes / 2 ** 20) * 10) / 10, generatorMs: file.stats.writeMs, reused: file.reused, overDefaultLimit: file.stats.bytes > defaults.IMPORT_MAX_BYTES },
      generator: file.stats,
      mapping,
      upload: { ...step(upload.ms, upload.peakRssMiB), MiBPerSecond: Math.round((file.stats.bytes / 2 ** 20 / (upload.ms / 1000)) * 10) / 10 },
      dryRun: { ...step(dry.ms, dry.peakRssMiB), summary, problemsShown: dry.value.problems.length },
      commit: {
        ...step(commit.ms, commit.peakRssMiB),
        created: committed.created, skippedAlreadyImportedOrRepeated: committed.skippedAlreadyImported, skippedWithErrors: committed.skippedWithErrors,
        audit: auditRow?.after ?? null,
        breakdown,
      },
      duplicateScan: { ms: Math.round(scan.ms), peakRssMiB: scan.peakRssMiB },
      copy: { runs: copies, bestMs: copy.ms, rowsPerSecond: copy.rowsPerSecond, reader: file.format === 'csv' ? 'readline + split(;)' : 'readSheetRows (the project’s xlsx reader)' },
      ratios: {
        commitToCopy: ratio(copy.ms / commit.ms),
        dryRunPlusCommitToCopy: ratio(copy.ms / (dry.ms + commit.ms)),
        uploadDryRunCommitToCopy: ratio(copy.ms / (upload.ms + dry.ms + commit.ms)),
        withDuplicateScanToCopy: ratio(copy.ms / (upload.ms + dry.ms + commit.ms + scan.ms)),
      },
      expected: file.stats.expected,
      check: {
        summaryMatches:
          summary.rows === file.stats.expected.rows && summary.withErrors === file.stats.expected.withErrors &&
          summary.repeatedInFile === file.stats.expected.repeatedInFile && summary.valid === file.stats.expected.valid,
        createdMatches: committed.created === file.stats.expected.created,
      },
      registryAfter: Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, Number(v)])),
      profile,
      stageRows: load?.statements.find((s) => s.kind === 'copy')?.rows ?? null,
    };
    results.push(result);
    log(`  ratios to COPY: commit ${result.ratios.commitToCopy}, dry run + commit ${result.ratios.dryRunPlusCommitToCopy}`);
  }

  const sizeRows = await queryRows<{ name: string; bytes: string | number }>(
    db,
    sql`select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = 'public' and c.relkind = 'r' and c.relname in ('owners', 'businesses', 'licences', 'business_metrics', 'business_sources', 'duplicate_pairs') order by 1`,
  );
  const [dbSize] = await queryRows<{ bytes: string | number }>(db, sql`select pg_database_size(current_database()) as bytes`);
  const out = {
    bench: 'import',
    engine,
    date: started.toISOString(),
    label: args.label ?? null,
    seed,
    machine: { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), loadavgStart: load0, loadavgEnd: loadavg() },
    node: process.version,
    engineVersion: versionRow?.version ?? 'unknown',
    git,
    settings,
    limits: { used: limits, defaults: { maxBytes: defaults.IMPORT_MAX_BYTES, maxUncompressedBytes: defaults.IMPORT_MAX_UNZIPPED_BYTES } },
    migrateMs,
    files: results,
    rssAtStartMiB,
    peakRssMiB: Math.round(memory.peak / 2 ** 20),
    peakHeapMiB: Math.round(memory.heapPeak / 2 ** 20),
    sizesMiB: { ...Object.fromEntries(sizeRows.map((r) => [r.name, Math.round(Number(r.bytes) / 2 ** 20)])), database: Math.round(Number(dbSize?.bytes) / 2 ** 20) },
    goal: (() => {
      const csv = results.find((r) => r.format === 'csv') as { ratios: { commitToCopy: number } } | undefined;
      return { statement: 'PostgreSQL: CSV import ≥ 0.5 × COPY', appliesToThisRun: engine === 'postgres' && csvRows === FULL.csv, csvCommitToCopy: csv?.ratios.commitToCopy ?? null, met: csv ? csv.ratios.commitToCopy >= 0.5 : null };
    })(),
  };
  await opened.finish();
  printSummary(out);
  const outFile = outFileOf(engine, `${git.head}${git.dirtyServerFiles.length ? '-dirty' : ''}`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(out, null, 2) + '\n');
  log(`wrote ${outFile}`);
  return out;
}

// --- the summary ----------------------------------------------------------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the loosely shaped result object written above, only printed
function printSummary(out: any) {
  const line = '─'.repeat(104);
  console.log(`\n${line}\nIMPORT BENCH  ${out.engine} · ${out.machine.nproc} cores · node ${out.node} · load avg ${out.machine.loadavgStart.map((x: number) => x.toFixed(1)).join('/')} → ${out.machine.loadavgEnd.map((x: number) => x.toFixed(1)).join('/')}`);
  console.log(`engine: ${out.engineVersion}`);
  for (const f of out.files) {
    const n = f.file.rows;
    console.log(`\n${f.format.toUpperCase()}  ${fmtInt(n)} rows · ${f.file.MiB} MiB${f.file.overDefaultLimit ? ' (over the default 50 MB IMPORT_MAX_BYTES)' : ''}`);
    const row = (name: string, ms: number, rss: number | string = '') =>
      console.log(`  ${name.padEnd(34)}${fmtMs(ms).padStart(11)}${`${fmtInt(perSec(n, ms))} rows/s`.padStart(17)}${(ms ? f.copy.bestMs / ms : 0).toFixed(3).padStart(8)} × COPY   ${rss === '' ? '' : `peak RSS ${rss} MiB`}`);
    console.log(`  ${'step'.padEnd(34)}${'time'.padStart(11)}${'throughput'.padStart(17)}${'ratio'.padStart(8)}`);
    row('raw COPY (best of 2)', f.copy.bestMs, Math.max(...f.copy.runs.map((r: { peakRssMiB: number }) => r.peakRssMiB)));
    row('upload', f.upload.ms, f.upload.peakRssMiB);
    row('dry run', f.dryRun.ms, f.dryRun.peakRssMiB);
    row('commit', f.commit.ms, f.commit.peakRssMiB);
    row('dry run + commit', f.dryRun.ms + f.commit.ms);
    row('upload + dry run + commit', f.upload.ms + f.dryRun.ms + f.commit.ms);
    row('duplicate scan (after commit)', f.duplicateScan.ms, f.duplicateScan.peakRssMiB);
    console.log(`  COPY runs: ${f.copy.runs.map((r: { ms: number }) => fmtMs(r.ms)).join(', ')} (${f.copy.reader})`);
    console.log(`  dry run summary: ${JSON.stringify(f.dryRun.summary)} ${f.check.summaryMatches ? '= expected' : `≠ expected ${JSON.stringify(f.expected)}`}`);
    console.log(`  created ${fmtInt(f.commit.created)} / expected ${fmtInt(f.expected.created)} ${f.check.createdMatches ? 'OK' : 'MISMATCH'} · registry now ${fmtInt(f.registryAfter.businesses_total)} businesses, ${fmtInt(f.registryAfter.owners_total)} owners, ${fmtInt(f.registryAfter.duplicate_pairs_total)} duplicate pairs`);
    if (f.profile) {
      console.log(`  profile: inspect ${fmtMs(f.profile.inspectMs)} · reader only ${fmtMs(f.profile.parseOnly.ms)} (${fmtInt(f.profile.parseOnly.rowsPerSecond)} rows/s) · reader + checks ${fmtMs(f.profile.parseAndCheck.ms)} (${fmtInt(f.profile.parseAndCheck.rowsPerSecond)} rows/s)`);
    }
    console.log(`  commit breakdown (${fmtMs(f.commit.ms)}): outside the transaction ${fmtMs(f.commit.breakdown.outsideTransactionMs)}, COMMIT ${fmtMs(f.commit.breakdown.transactionCommitMs)}`);
    for (const s of f.commit.breakdown.statements) {
      if (s.ms < 5 && s.share < 0.002) continue;
      console.log(`    ${fmtMs(s.ms).padStart(10)} ${`${(s.share * 100).toFixed(1)}%`.padStart(6)}  ${s.label}${s.rows !== undefined ? ` [${fmtInt(s.rows)} rows]` : ''}`);
      if (s.sourceMs !== undefined) {
        console.log(`${''.padStart(22)}of which reading + checking + building rows ${fmtMs(s.sourceMs)}, encoding + ingest ${fmtMs(s.encodeAndIngestMs)}`);
      }
    }
  }
  console.log(`\npeak RSS ${out.peakRssMiB} MiB (heap ${out.peakHeapMiB} MiB) · database ${fmtInt(out.sizesMiB.database)} MiB`);
  if (out.goal.csvCommitToCopy !== null) {
    console.log(`goal (${out.goal.statement})${out.goal.appliesToThisRun ? '' : ' — informative here'}: commit/COPY ${out.goal.csvCommitToCopy} → ${out.goal.met ? 'MET' : 'MISSED'}`);
  }
  console.log(line);
}

// --- main -----------------------------------------------------------------------------------------------------------

async function main() {
  const regions = await loadRegionDirectory();
  const filesDir = args['files-dir'] ?? mkdtempSync(join(tmpdir(), 'berdaya-import-bench-files-'));
  mkdirSync(filesDir, { recursive: true });
  if (!args['files-dir'] && !args['keep-files']) cleanups.push(() => rmSync(filesDir, { recursive: true, force: true }));
  const files: BenchFile[] = [];
  if (csvRows > 0) files.push(await ensureFile(filesDir, 'csv', csvRows, seed, regions));
  if (xlsxRows > 0) files.push(await ensureFile(filesDir, 'xlsx', xlsxRows, seed + 1, regions));

  if (engineArg !== 'both') {
    await runEngine(engineArg, files, regions);
  } else {
    // One child process per engine (RSS of one engine must not count for the other), one after the other.
    const passOn = process.argv.slice(2).filter((a, i, all) => !(a === '--engine' || all[i - 1] === '--engine' || a.startsWith('--engine=') || a === '--files-dir' || all[i - 1] === '--files-dir' || a.startsWith('--files-dir=')));
    for (const engine of ['postgres', 'pglite'] as const) {
      if (engine === 'postgres' && !process.env.DATABASE_URL) {
        log('skipping postgres: DATABASE_URL is not set');
        continue;
      }
      const code = await new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...passOn, '--engine', engine, '--files-dir', filesDir], { stdio: 'inherit' });
        child.on('exit', (c) => resolve(c ?? 1));
      });
      if (code !== 0) throw new Error(`the ${engine} run failed (exit ${code})`);
    }
  }
  await runCleanups();
}

main().catch(async (err) => {
  console.error(err);
  await runCleanups();
  process.exit(1);
});
