/**
 * Registry benchmark: loads a synthetic regency of N businesses (the demo generator, seeded) into a fresh
 * database, then measures the registry search first page over a fixed mix of queries and the yearly recap,
 * through the real services (the same SQL the API runs).
 *
 *   npx tsx bench/registry.bench.ts --engine postgres --businesses 1000000   # needs DATABASE_URL
 *   npx tsx bench/registry.bench.ts --engine pglite --businesses 100000
 *
 * PostgreSQL: creates database berdaya_bench_<n> on the DATABASE_URL server (dropped first if it exists) and
 * keeps it afterwards for EXPLAIN work (--drop removes it; --reuse measures an existing one without reloading).
 * PGlite: a fresh temporary data directory, deleted at the end (--data-dir/--keep/--reuse to keep or reuse one).
 * Results are printed and written to bench/results/registry-<engine>-<n>.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createServices } from '../src/server/app';
import { createRegistryService } from '../src/server/modules/registry/registry.service';
import { createProposedRegistryRepository } from './proposed/registry-search';
import { configSchema } from '../src/server/config';
import { type Database, openPglite, openPostgres } from '../src/server/db/client';
import type { CopyRows } from '../src/server/db/copy';
import { queryRows } from '../src/server/db/query';
import type { Actor } from '../src/server/kernel/actor';
import { demoPlan } from '../src/server/modules/demo/demo-data';
import { loadDemoRegistry } from '../src/server/modules/demo/demo.repository';
import { type SearchQuery, searchQuery } from '../src/server/modules/registry/registry.schemas';
import { SECTORS } from '../src/server/modules/registry/registry.table';
import { loadRegionDirectory } from '../src/server/modules/tenancy/regions';
import { gitState } from './git-state';

const KW = '32.04';
const HERE = dirname(fileURLToPath(import.meta.url));

// --- arguments ----------------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    businesses: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '2026' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '1' },
    'recap-runs': { type: 'string', default: '5' },
    'data-dir': { type: 'string' },
    'db-name': { type: 'string' },
    'max-minutes': { type: 'string', default: '30' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    drop: { type: 'boolean', default: false },
    out: { type: 'string' },
    label: { type: 'string' },
    variant: { type: 'string', default: 'current' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: npx tsx bench/registry.bench.ts --engine postgres|pglite --businesses N [options]
  --seed S          generator seed (2026)
  --rounds R        measured passes over the query mix (2)
  --warmup W        unmeasured passes before measuring (1)
  --recap-runs K    recap repetitions (5)
  --reuse           postgres: measure the existing berdaya_bench_<n>; pglite: the --data-dir given (no load)
  --drop            postgres: drop the bench database at the end (kept by default, for EXPLAIN)
  --db-name NAME    postgres: database name instead of berdaya_bench_<n>
  --data-dir DIR    pglite: use DIR instead of a temp dir (kept at the end)
  --keep            pglite: keep the temp data dir
  --max-minutes M   abort the whole run after M minutes (30)
  --out FILE        JSON result path (bench/results/registry-<engine>-<n>.json)
  --label TEXT      free-text note stored in the JSON (e.g. which code or index variant was measured)
  --variant V       current: the server's search and recap as they are (default);
                    proposed: bench/proposed/registry-search.ts (identifier search), bench/proposed/indexes.sql, jit=off
                    on PostgreSQL (the recap SQL stays the server's)`);
  process.exit(0);
}

const engine = args.engine as 'postgres' | 'pglite';
if (engine !== 'postgres' && engine !== 'pglite') throw new Error(`--engine must be postgres or pglite, got ${args.engine}`);
const n = Number(args.businesses.replace(/_/g, ''));
if (!Number.isInteger(n) || n < 1) throw new Error(`--businesses must be a positive integer, got ${args.businesses}`);
const seed = Number(args.seed);
const rounds = Math.max(1, Number(args.rounds));
const warmupPasses = Math.max(0, Number(args.warmup));
const recapRuns = Math.max(1, Number(args['recap-runs']));
const variant = args.variant as 'current' | 'proposed';
if (variant !== 'current' && variant !== 'proposed') throw new Error(`--variant must be current or proposed, got ${args.variant}`);
const outFile = args.out ?? join(HERE, 'results', `registry-${engine}-${n}${variant === 'proposed' ? '-proposed' : ''}.json`);

// --- small helpers ------------------------------------------------------------------------------------------------

const now = () => performance.now();
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtInt = (x: number) => Math.round(x).toLocaleString('en-US');
const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round1 = (x: number) => Math.round(x * 10) / 10;
interface Stats { n: number; p50: number; p95: number; p99: number; max: number; mean: number }
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { n: s.length, p50: round1(percentile(s, 50)), p95: round1(percentile(s, 95)), p99: round1(percentile(s, 99)), max: round1(s[s.length - 1] ?? NaN), mean: round1(mean) };
}

/** mulberry32, for a reproducible query order. */
function rng(a: number) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled<T>(items: readonly T[], r: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// --- the database -------------------------------------------------------------------------------------------------

const cleanups: (() => void | Promise<void>)[] = [];
const watchdog = setTimeout(() => {
  console.error(`\n!! aborting: the run exceeded --max-minutes ${args['max-minutes']}`);
  for (const c of cleanups) void c();
  process.exit(3);
}, Number(args['max-minutes']) * 60_000);
watchdog.unref();

interface Opened { database: Database; label: string; fresh: boolean; finish(): Promise<void> }

async function openPostgresBench(): Promise<Opened> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('--engine postgres needs DATABASE_URL (a server where the bench may create databases)');
  const name = args['db-name'] ?? `berdaya_bench_${n}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--db-name must be a plain lower-case identifier, got ${name}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!args.reuse || !exists) {
    if (args.reuse) log(`--reuse: ${name} does not exist, creating it`);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const poolUrl = new URL(dbUrl);
  // The proposal turns JIT off for the application's sessions: compiling a recap plan costs 0.3–1.3 s here.
  if (variant === 'proposed') poolUrl.searchParams.set('options', '-c jit=off');
  const database = await openPostgres(poolUrl.toString(), 4);
  return {
    database,
    label: dbUrl.toString().replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@'),
    fresh: !args.reuse || !exists,
    async finish() {
      await database.close();
      if (!args.drop) return log(`kept database ${name} (psql ${dbUrl.toString()}); --drop removes it`);
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
      log(`dropped database ${name}`);
    },
  };
}

async function openPgliteBench(): Promise<Opened> {
  const given = args['data-dir'];
  if (args.reuse && !given) throw new Error('--reuse on pglite needs --data-dir');
  const dir = given ?? mkdtempSync(join(tmpdir(), `berdaya-bench-${n}-`));
  const fresh = !(args.reuse && existsSync(join(dir, 'PG_VERSION')));
  if (fresh && given && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  const remove = !given && !args.keep;
  if (remove) cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const database = await openPglite({ dataDir: dir });
  return {
    database,
    label: dir,
    fresh,
    async finish() {
      await database.close();
      let size = '';
      try {
        size = execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0]!;
      } catch { /* du missing: no size */ }
      if (remove) {
        rmSync(dir, { recursive: true, force: true });
        log(`deleted data dir ${dir} (${size})`);
      } else log(`kept data dir ${dir} (${size})`);
    },
  };
}

// --- the query mix ------------------------------------------------------------------------------------------------

interface BenchQuery { cls: string; label: string; query: SearchQuery }

/** Words that occur in many names (products, brand words, given and family names). */
const COMMON_WORDS = [
  'keripik', 'euis', 'batik', 'warung', 'tempe', 'kopi', 'asep', 'seblak', 'bengkel', 'toko', 'berkah', 'jaya', 'siti', 'laundry', 'konveksi',
  'salon', 'baso', 'dodol', 'opak', 'mebel', 'sambal', 'jahit', 'kerudung', 'cireng', 'surabi', 'ujang', 'neneng', 'hidayat', 'rohayati', 'frozen',
];
const TWO_WORDS = [
  'keripik tempe', 'warung nasi', 'bu euis', 'kopi malabar', 'toko kelontong', 'asep saepudin', 'euis rohayati', 'batik sekar', 'teh imas', 'pak dadang',
  'seblak teh', 'bengkel motor', 'kue basah', 'rumah makan', 'pangkas rambut', 'cv berkah', 'servis hp', 'depot air', 'sapi perah', 'anyaman bambu',
];
/** Fewer than ~0.1% of businesses: single family-name pairs, coffee mountains, rare products. */
const RARE = [
  'ikin sanusi', 'odang gumilar', 'popon rostika', 'iyah oktaviani', 'atikah saadah', 'entis ruslan', 'oneng marlina', 'mimin solihah',
  'kamojang', 'manglayang', 'kursus komputer', 'sewa tenda', 'tani tomat', 'wayang golek', 'hj. onih',
];
const NONE = ['zzqx', 'qwertyuiop', 'xyzzy', 'pizza hut', 'sushi', 'zzqx warung', 'euis zzqx', 'bakpia pathok'];
/** Two-letter and very short words people do type ("Ai" is a common given name). */
const SHORT = ['ai', 'sri', 'cv', 'bu', 'hj'];

async function buildMix(database: Database, kecamatanCodes: string[]): Promise<BenchQuery[]> {
  const { db } = database;
  const q = (cls: string, label: string, raw: Record<string, unknown>): BenchQuery => ({ cls, label, query: searchQuery.parse(raw) });
  const mix: BenchQuery[] = [];
  // Identifiers sampled from the data (uuid order is a pseudo-random order, so this is a fair sample).
  const owners = await queryRows<{ nik: string | null; phone: string | null }>(
    db,
    sql`select nik, phone from owners where kode_wilayah = ${KW} and nik is not null and phone is not null order by id limit 40`,
  );
  const nibs = await queryRows<{ number: string }>(
    db,
    sql`select number from licences where kode_wilayah = ${KW} and kind = 'NIB' and number is not null order by id limit 20`,
  );
  const nik = owners.map((o) => o.nik!);
  const local = owners.map((o) => `0${o.phone!.slice(3)}`); // +62812… → 0812…

  for (let i = 0; i < 10; i++) mix.push(q('empty', '(no filters)', {}));
  for (const w of COMMON_WORDS) mix.push(q('word', w, { q: w }));
  for (const w of TWO_WORDS) mix.push(q('two-words', w, { q: w }));
  for (const w of SHORT) mix.push(q('short-word', w, { q: w }));
  for (const w of RARE) mix.push(q('rare', w, { q: w }));
  for (const w of NONE) mix.push(q('no-match', w, { q: w }));
  // NIK: the full number, 12 and 8 digits, and the 6-digit kecamatan prefix a clerk types first.
  for (let i = 0; i < 5; i++) mix.push(q('nik', `nik16 ${nik[i]}`, { q: nik[i] }));
  for (let i = 5; i < 10; i++) mix.push(q('nik', `nik12 ${nik[i]!.slice(0, 12)}`, { q: nik[i]!.slice(0, 12) }));
  for (let i = 10; i < 15; i++) mix.push(q('nik', `nik8 ${nik[i]!.slice(0, 8)}`, { q: nik[i]!.slice(0, 8) }));
  for (let i = 15; i < 20; i++) mix.push(q('nik', `nik6 ${nik[i]!.slice(0, 6)}`, { q: nik[i]!.slice(0, 6) }));
  // Phones: operator prefixes, half-typed numbers as written on forms, whole numbers, international form.
  for (const p of ['0812', '0857', '0813']) mix.push(q('phone', `phone ${p}`, { q: p }));
  for (let i = 20; i < 28; i++) {
    const part = `${local[i]!.slice(0, 4)}-${local[i]!.slice(4, 8)}`;
    mix.push(q('phone', `phone ${part}`, { q: part }));
  }
  for (let i = 28; i < 33; i++) mix.push(q('phone', `phone ${local[i]}`, { q: local[i] }));
  for (let i = 33; i < 37; i++) {
    const intl = `+62 ${owners[i]!.phone!.slice(3, 6)} ${owners[i]!.phone!.slice(6)}`;
    mix.push(q('phone', `phone ${intl}`, { q: intl }));
  }
  for (let i = 0; i < 8 && i < nibs.length; i++) mix.push(q('nib', `nib ${nibs[i]!.number}`, { q: nibs[i]!.number }));
  for (let i = 8; i < 15 && i < nibs.length; i++) mix.push(q('nib', `nib8 ${nibs[i]!.number.slice(0, 8)}`, { q: nibs[i]!.number.slice(0, 8) }));
  const kec = (i: number) => kecamatanCodes[(i * 7) % kecamatanCodes.length]!;
  for (let i = 0; i < 20; i++) mix.push(q('kecamatan', `kec ${kec(i)}`, { kecamatan: kec(i) }));
  for (const s of ['small', 'small', 'small', 'medium', 'medium']) mix.push(q('scale', `scale=${s}`, { scale: s }));
  for (const s of [...SECTORS, ...SECTORS]) mix.push(q('sector', `sector=${s}`, { sector: s }));
  for (const l of ['-NIB', '-NIB', '-NIB', 'NIB', '-HALAL']) mix.push(q('legality', `legality=${l}`, { legality: l }));
  for (const s of ['dormant', 'dormant', 'dormant', 'closed', 'closed']) mix.push(q('status', `status=${s}`, { status: s }));
  for (let i = 0; i < 25; i++) {
    const w = COMMON_WORDS[(i * 11) % COMMON_WORDS.length]!;
    mix.push(q('q+kecamatan', `${w} @ ${kec(i + 3)}`, { q: w, kecamatan: kec(i + 3) }));
  }
  return mix;
}


// --- main ---------------------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  const git = gitState();
  log(`registry bench: engine=${engine} businesses=${fmtInt(n)} seed=${seed} rounds=${rounds} warmup=${warmupPasses}`);
  log(`code: HEAD ${git.head}${git.dirtyServerFiles.length ? ` + uncommitted ${git.dirtyServerFiles.join(', ')}` : ' (clean server code)'}`);
  const regions = await loadRegionDirectory();
  const opened = engine === 'postgres' ? await openPostgresBench() : await openPgliteBench();
  const { database } = opened;
  log(`database: ${opened.label}${opened.fresh ? '' : ' (reused)'}`);
  const config = configSchema.parse({ LOG_LEVEL: 'silent' });
  const { db } = database;
  const current = createServices({ config, database, regions });
  const services =
    variant === 'proposed'
      ? {
          ...current,
          registry: createRegistryService({ db, repo: createProposedRegistryRepository(db), audit: current.audit, tenants: current.tenants, regions }),
        }
      : current;
  /** Runs bench/proposed/indexes.sql statement by statement (PGlite's query takes one at a time). */
  const applyProposedIndexes = async () => {
    const text = readFileSync(join(HERE, 'proposed', 'indexes.sql'), 'utf8').replace(/^\s*--.*$/gm, '');
    for (const statement of text.split(';').map((x) => x.trim()).filter(Boolean)) await db.execute(sql.raw(statement));
  };
  const [versionRow] = await queryRows<{ version: string }>(db, sql`select version()`);
  const engineVersion = versionRow?.version ?? 'unknown';
  const settingRows = await queryRows<{ name: string; setting: string; unit: string | null }>(
    db,
    sql`select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'jit', 'max_parallel_workers_per_gather', 'effective_cache_size', 'random_page_cost')`,
  );
  const settings = Object.fromEntries(settingRows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting]));
  log(`variant: ${variant}; settings: ${JSON.stringify(settings)}`);

  // Load.
  let load: Record<string, unknown> | null = null;
  if (opened.fresh) {
    const t0 = now();
    await database.migrate();
    await services.tenants.addTenant(KW, { isDemo: true });
    if (variant === 'proposed') await applyProposedIndexes();
    const migrateMs = now() - t0;
    const tables: { table: string; rows: number; ms: number }[] = [];
    const timed: Database = {
      ...database,
      bulkLoad: (fn) =>
        database.bulkLoad((copy, exec) =>
          fn((async (table, columns, rows) => {
            const t = now();
            const count = await copy(table, columns, rows);
            const ms = now() - t;
            tables.push({ table, rows: count, ms: Math.round(ms) });
            log(`  ${table}: ${fmtInt(count)} rows in ${fmtMs(ms)} (${fmtInt(count / (ms / 1000))} rows/s)`);
            return count;
          }) as CopyRows, exec),
        ),
    };
    log('loading (generator → COPY, one transaction)…');
    const tLoad = now();
    const counts = await loadDemoRegistry(timed, demoPlan(regions, { kodeWilayah: KW, businesses: n, seed }));
    const loadMs = now() - tLoad;
    const totalRows = counts.owners + counts.businesses + counts.licences + counts.metrics;
    log(`loaded ${fmtInt(totalRows)} rows in ${fmtMs(loadMs)}: ${fmtInt(counts.businesses / (loadMs / 1000))} businesses/s, ${fmtInt(totalRows / (loadMs / 1000))} rows/s`);
    // VACUUM (ANALYZE): statistics for the planner, and hint bits/visibility map set now rather than by an
    // autovacuum that would otherwise run in the middle of the measurements (PGlite has no autovacuum).
    const tAnalyze = now();
    await db.execute(sql`vacuum (analyze)`);
    const analyzeMs = now() - tAnalyze;
    log(`vacuum (analyze) in ${fmtMs(analyzeMs)}`);
    load = {
      migrateMs: Math.round(migrateMs),
      loadMs: Math.round(loadMs),
      vacuumAnalyzeMs: Math.round(analyzeMs),
      counts,
      totalRows,
      businessesPerSecond: Math.round(counts.businesses / (loadMs / 1000)),
      rowsPerSecond: Math.round(totalRows / (loadMs / 1000)),
      tables: tables.map((t) => ({ ...t, rowsPerSecond: Math.round(t.rows / (t.ms / 1000)) })),
    };
  } else {
    const [c] = await queryRows<{ n: string | number }>(db, sql`select count(*) as n from businesses where kode_wilayah = ${KW}`);
    if (Number(c?.n) !== n) throw new Error(`--reuse: the database holds ${c?.n} businesses, not ${n}`);
    log(`reusing ${fmtInt(n)} loaded businesses (no load)`);
    if (variant === 'proposed') {
      const t = now();
      await applyProposedIndexes();
      await db.execute(sql`analyze`);
      log(`proposed indexes present (created if missing) and analyzed in ${fmtMs(now() - t)}`);
    }
  }
  const sizeRows = await queryRows<{ name: string; bytes: string | number }>(
    db,
    sql`select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = 'public' and c.relkind = 'r' and c.relname in ('owners', 'businesses', 'licences', 'business_metrics') order by 1`,
  );
  const sizes = Object.fromEntries(sizeRows.map((r) => [r.name, Math.round(Number(r.bytes) / 2 ** 20)]));
  const [dbSize] = await queryRows<{ bytes: string | number }>(db, sql`select pg_database_size(current_database()) as bytes`);
  log(`sizes (MB, with indexes): ${JSON.stringify(sizes)}, database ${fmtInt(Number(dbSize?.bytes) / 2 ** 20)} MB`);

  // Search.
  const actor: Actor = {
    userId: randomUUID(),
    username: 'bench',
    displayName: 'Bench',
    isSuperadmin: false,
    locale: 'id',
    memberships: [{ kodeWilayah: KW, tenantName: 'Kabupaten Bandung', isDemo: true, role: 'officer', kecamatanCodes: [], ownerId: null }],
  };
  const mix = await buildMix(database, regions.kecamatanOf(KW).map((k) => k.code));
  const classes = [...new Set(mix.map((m) => m.cls))];
  log(`query mix: ${mix.length} queries in ${classes.length} classes; ${warmupPasses} warm-up pass(es), ${rounds} measured pass(es)`);
  const r = rng(seed);
  const tWarm = now();
  for (let p = 0; p < warmupPasses; p++) for (const m of shuffled(mix, r)) await services.registry.search(actor, KW, m.query);
  log(`warm-up done in ${fmtMs(now() - tWarm)}`);
  const samples: { cls: string; label: string; ms: number; total: number; capped: boolean; page: string }[] = [];
  for (let p = 0; p < rounds; p++) {
    for (const m of shuffled(mix, r)) {
      const t = now();
      const res = await services.registry.search(actor, KW, m.query);
      const ms = now() - t;
      // A fingerprint of the page's ids, to check that two variants return the same page.
      const page = createHash('sha1').update(res.items.map((i) => i.id).join(',')).digest('hex').slice(0, 10);
      samples.push({ cls: m.cls, label: m.label, ms, total: res.total, capped: res.totalIsCapped, page });
    }
  }
  const byClass = Object.fromEntries(
    classes.map((c) => {
      const s = samples.filter((x) => x.cls === c);
      const totals = s.map((x) => (x.capped ? 1001 : x.total)).sort((a, b) => a - b);
      return [c, { ...stats(s.map((x) => x.ms)), medianMatches: percentile(totals, 50) === 1001 ? '>1000' : percentile(totals, 50) }];
    }),
  );
  const overall = stats(samples.map((x) => x.ms));
  const perQuery = new Map<string, { cls: string; label: string; ms: number[]; total: string; page: string }>();
  for (const s of samples) {
    const key = `${s.cls}|${s.label}`;
    const e = perQuery.get(key) ?? { cls: s.cls, label: s.label, ms: [], total: s.capped ? '>1000' : String(s.total), page: s.page };
    e.ms.push(s.ms);
    perQuery.set(key, e);
  }
  const queries = [...perQuery.values()]
    .map((e) => ({ cls: e.cls, label: e.label, maxMs: round1(Math.max(...e.ms)), medianMs: round1(percentile([...e.ms].sort((a, b) => a - b), 50)), matches: e.total, page: e.page }))
    .sort((a, b) => b.medianMs - a.medianMs);
  const slowest = queries.slice(0, 20);

  // Recap.
  const year = new Date().getUTCFullYear();
  const recapMs: number[] = [];
  let recapTotal = 0;
  for (let i = 0; i < recapRuns; i++) {
    const t = now();
    const report = await services.recap.recap(actor, KW, year);
    recapMs.push(round1(now() - t));
    recapTotal = report.total.total;
  }
  const recapMedian = percentile([...recapMs].sort((a, b) => a - b), 50);

  // Report.
  const searchGoal = engine === 'postgres' ? 100 : 200;
  const goalScale = engine === 'postgres' ? 1_000_000 : 100_000;
  const result = {
    bench: 'registry',
    engine,
    businesses: n,
    seed,
    date: started.toISOString(),
    machine: { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30) },
    node: process.version,
    engineVersion,
    git,
    variant,
    label: args.label ?? null,
    settings,
    load,
    sizesMiB: { ...sizes, database: Math.round(Number(dbSize?.bytes) / 2 ** 20) },
    search: { page: 1, pageSize: 20, distinctQueries: mix.length, rounds, warmupPasses, samples: samples.length, overall, byClass, slowest, perQuery: queries },
    recap: { year, runsMs: recapMs, medianMs: recapMedian, businessesCounted: recapTotal },
    goals: {
      scale: goalScale,
      appliesToThisRun: n === goalScale,
      searchP95Ms: searchGoal,
      searchP95Met: overall.p95 <= searchGoal,
      ...(engine === 'postgres' ? { recapMs: 1000, recapMet: recapMedian <= 1000 } : {}),
    },
  };

  const line = '─'.repeat(96);
  console.log(`\n${line}\nREGISTRY BENCH  ${engine} · ${fmtInt(n)} businesses · ${result.machine.nproc} cores · node ${process.version}`);
  console.log(`engine: ${engineVersion}`);
  console.log(`variant: ${variant}${args.label ? ` · ${args.label}` : ''}`);
  if (load) {
    const l = load as { loadMs: number; businessesPerSecond: number; rowsPerSecond: number; totalRows: number; vacuumAnalyzeMs: number };
    console.log(`load: ${fmtInt(l.totalRows)} rows in ${fmtMs(l.loadMs)} · ${fmtInt(l.businessesPerSecond)} businesses/s · ${fmtInt(l.rowsPerSecond)} rows/s · vacuum analyze ${fmtMs(l.vacuumAnalyzeMs)}`);
  }
  console.log(`search, first page (20), ${samples.length} samples (${mix.length} queries × ${rounds}) after ${warmupPasses} warm-up pass(es), ms:`);
  console.log(`  ${'class'.padEnd(13)}${'n'.padStart(5)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}   matches (median)`);
  for (const [c, s] of [...Object.entries(byClass), ['OVERALL', { ...overall, medianMatches: '' }] as const]) {
    console.log(`  ${c.padEnd(13)}${String(s.n).padStart(5)}${s.p50.toFixed(1).padStart(9)}${s.p95.toFixed(1).padStart(9)}${s.p99.toFixed(1).padStart(9)}${s.max.toFixed(1).padStart(9)}   ${s.medianMatches}`);
  }
  console.log('slowest queries (median ms):');
  for (const s of slowest.slice(0, 10)) console.log(`  ${s.medianMs.toFixed(1).padStart(8)}  ${s.cls.padEnd(12)} ${s.label} (${s.matches} matches)`);
  console.log(`recap ${year}: ${recapMs.map(fmtMs).join(', ')} · median ${fmtMs(recapMedian)} (${fmtInt(recapTotal)} live businesses)`);
  const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');
  console.log(
    `goals${n === goalScale ? '' : ` (stated for ${fmtInt(goalScale)}; informative here)`}: search p95 ${overall.p95} ms ≤ ${searchGoal} ms ${verdict(overall.p95 <= searchGoal)}` +
      (engine === 'postgres' ? ` · recap ${fmtMs(recapMedian)} ≤ 1 s ${verdict(recapMedian <= 1000)}` : ''),
  );
  console.log(line);

  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${outFile}`);
  await opened.finish();
}

main().catch(async (err) => {
  console.error(err);
  for (const c of cleanups) await c();
  process.exit(1);
});
