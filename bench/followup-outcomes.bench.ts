/**
 * Outcome dashboard benchmark (issue 5), PostgreSQL only: a programme's outcomes computed from 1 M snapshots.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5433/postgres npx tsx bench/followup-outcomes.bench.ts
 *   npm run bench:followup-outcomes -- --keep        # keep the database for EXPLAIN work (--reuse measures it again)
 *
 * Creates database berdaya_bench_followup_outcomes on the DATABASE_URL server (dropped first if it exists, and at
 * the end unless --keep), migrates it, adds tenant 32.04 and loads in one transaction with COPY:
 *
 * - owners, businesses and licences of a 100,000-business regency from the demo generator (`demoPlan`, every
 *   real kecamatan and desa of Kabupaten Bandung, as registry.bench.ts loads them);
 * - exactly 1,000,000 business_metrics rows (≈10 per business over 3 years): an 'import' row ~3 years ago,
 *   registry 'update's (no observed status), ad-hoc 'followup' visits (status set: mostly active, some dormant
 *   or closed) and, for participants, a 'baseline' at enrolment; plausible annual sales in rupiah on a
 *   random walk ending at the registry's current figure, workers, scale classified by PP 7/2021;
 * - one programme with one batch completed ~14 months ago: 2,000 participants 'completed', each with a
 *   baseline 30–60 days before completion and 'followup' snapshots at +1, +3, +6 and +12 months (each missing
 *   with p = 0.12; ~3 % close at each visit and are not visited again; some dormant), and the 8,000
 *   follow-up tasks the completion would have created (done where a follow-up exists). The other ~98,000
 *   businesses were never seated: the comparison pool. The registry rows of participants end at their latest
 *   snapshot.
 *
 * Then VACUUM (ANALYZE) and, through an outcome service wired as createServices wires it (its repository's
 * methods wrapped with timers), `outcomes(actor, '32.04', { programmeId })`: cold (the first call after
 * ANALYZE, in a fresh connection pool) and warm (median of 5); then the kecamatan scope (the kecamatan with the
 * most participants), cold and warm. Finally EXPLAIN (ANALYZE, BUFFERS) of the statements the service ran
 * (snapshotsOf, comparisonCandidates and the rest), with the indexes each plan uses, and what-if EXPLAINs of the two
 * heavy ones (random_page_cost 1.1, parallel query off, a covering index created in a transaction rolled back).
 *
 * Results: printed and written to bench/results/followup-outcomes.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { adminStatement, check, fmtInt, fmtMs, loads, log, median, mulberry32, now, round1, startWatchdog, type Rng } from './bench-kit';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { createServices } from '../src/server/app';
import { configSchema } from '../src/server/config';
import { type Database, type Db, openPostgres } from '../src/server/db/client';
import { compileSql, type CopyValue } from '../src/server/db/copy';
import { queryRows } from '../src/server/db/query';
import type { Actor } from '../src/server/kernel/actor';
import { BUSINESS_COLUMNS, demoPlan, LICENCE_COLUMNS, OWNER_COLUMNS } from '../src/server/modules/demo/demo-data';
import { createFollowupRepository, type FollowupRepository } from '../src/server/modules/followup/followup.repository';
import type { OutcomesReply } from '../src/server/modules/followup/followup.schemas';
import { createOutcomeService } from '../src/server/modules/followup/outcome.service';
import { buildHistory, matchComparison, type MetricRow } from '../src/server/modules/followup/outcome-histories';
import { computeOutcomes } from '../src/server/modules/followup/outcomes';
import { monthsAfter } from '../src/server/modules/followup/outcome-stats';
import { classifyScale, type Scale } from '../src/server/kernel/scale-rules';
import { loadRegionDirectory } from '../src/server/modules/tenancy/regions';
import { regencyDate } from '../src/server/kernel/time-zone';
import { gitState } from './git-state';

const KW = '32.04';
const HERE = dirname(fileURLToPath(import.meta.url));
const RULE = 'PP7_2021';
const OFFSETS = [1, 3, 6, 12];
/** A fixed secret, so the services never read or create DATA_DIR/secret.key (nothing outside the database is written). */
const BENCH_CONFIG = { LOG_LEVEL: 'silent', DEMO: 'false', APP_SECRET: 'followup-outcomes-bench-secret-not-for-production' };

// --- arguments ----------------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    businesses: { type: 'string', default: '100000' },
    metrics: { type: 'string', default: '1000000' },
    participants: { type: 'string', default: '2000' },
    'completed-months-ago': { type: 'string', default: '14' },
    'warm-runs': { type: 'string', default: '5' },
    seed: { type: 'string', default: '2026' },
    'db-name': { type: 'string', default: 'berdaya_bench_followup_outcomes' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'skip-probes': { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '60' },
    out: { type: 'string' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: DATABASE_URL=… npx tsx bench/followup-outcomes.bench.ts [options]
  --businesses N          businesses in the regency (100000)
  --metrics M             business_metrics rows in total (1000000)
  --participants P        completed participants of the programme (2000)
  --completed-months-ago  when the batch completed (14)
  --warm-runs K           warm calls per scope, median reported (5)
  --seed S                generator seed (2026)
  --db-name NAME          database to create (berdaya_bench_followup_outcomes)
  --keep                  keep the database at the end (for EXPLAIN work)
  --reuse                 measure the kept database again (no load)
  --skip-probes           no what-if EXPLAINs (random_page_cost 1.1, no parallel query, a covering index rolled back)
  --max-minutes M         abort after M minutes (60)
  --out FILE              JSON path (bench/results/followup-outcomes.json)
  --label TEXT            free-text note stored in the JSON`);
  process.exit(0);
}

const count = (s: string, name: string) => {
  const v = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const nBusinesses = count(args.businesses, 'businesses');
const nMetrics = count(args.metrics, 'metrics');
const nParticipants = count(args.participants, 'participants');
const completedMonthsAgo = count(args['completed-months-ago'], 'completed-months-ago');
const warmRuns = count(args['warm-runs'], 'warm-runs');
const seed = Number(args.seed) >>> 0;
const dbName = args['db-name'];
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`--db-name must be a plain lower-case identifier, got ${dbName}`);
if (nParticipants * 2 > nBusinesses) throw new Error('--participants must be at most half of --businesses');
if (nMetrics < nBusinesses * 4) throw new Error('--metrics must be at least 4 per business');
const url = process.env.DATABASE_URL;
if (!url) throw new Error('this bench runs on PostgreSQL only: set DATABASE_URL (a server where it may create databases)');
const outFile = args.out ?? join(HERE, 'results', 'followup-outcomes.json');

// --- small helpers ------------------------------------------------------------------------------------------------

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
/** The PRNG of business j in one stream (independent of every other draw). */
const rngOf = (stream: number, j: number) => mulberry32(fmix((j ^ fmix(seed ^ Math.imul(stream, 0x9e3779b9))) >>> 0));
const gauss = (r: Rng) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const DAY_MS = 86_400_000;
const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoCache = new Map<number, string>();
const iso = (day: number) => {
  let s = isoCache.get(day);
  if (!s) isoCache.set(day, (s = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return s;
};
/** The same day of month `months` earlier (clamped to the 28th, so every month has it). */
function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}
const stampOf = (day: number, r: Rng) => `${iso(day)} ${String(int(r, 8, 16)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:00+07`;

// --- the data -----------------------------------------------------------------------------------------------------

/** What the metrics generator needs of a registry row (from the demo generator's businesses()). */
interface Biz {
  j: number; id: string; ownerId: string; kecamatan: string; sector: string; status: string; startYear: number;
  capital: number | null; sales: number | null; male: number; female: number; scale: string;
}

const col = (name: (typeof BUSINESS_COLUMNS)[number]) => BUSINESS_COLUMNS.indexOf(name);
const C = {
  id: col('id'), owner: col('owner_id'), sector: col('sector'), kec: col('kecamatan_code'), startYear: col('start_year'), status: col('status'),
  reason: col('status_reason'), capital: col('capital'), sales: col('annual_sales'), male: col('workers_male'), female: col('workers_female'),
  channels: col('sales_channels'), scale: col('scale'), updated: col('updated_at'),
};
const num = (v: CopyValue) => (v === null ? null : Number(v));

const CLOSED_REASONS = ['Pindah ke luar kota', 'Bangkrut, utang ke pemasok', 'Tempat usaha digusur', 'Pemilik bekerja di pabrik'];
const DORMANT_REASONS = ['Modal habis', 'Pemilik sakit', 'Sepi pembeli'];

/** One snapshot before it becomes a COPY row. */
interface Snap {
  day: number; capital: number | null; sales: number | null; male: number; female: number; source: 'import' | 'update' | 'baseline' | 'followup';
  status: 'active' | 'dormant' | 'closed' | null; licences: string[] | null;
}

interface Plan {
  today: string;
  completedOn: string;
  completedAt: string;
  participants: Set<number>;
  /** Rows per business (index j), summing to nMetrics. */
  counts: Int32Array;
  histories(b: Biz, licences: string[]): Snap[];
}

/**
 * The history of each business. Non-participants: 'import' ~3 years ago, then 'update's and, for ~40 %, ad-hoc
 * 'followup' visits, on a sales random walk that ends at the registry's current figures (the last follow-up
 * carries the current status). Participants: the demo registry row is their state at enrolment (baseline);
 * follow-ups evolve from it, and their registry row is rewritten to the latest snapshot.
 */
function makePlan(businesses: Biz[]): Plan {
  const todayIso = regencyDate(KW, new Date());
  const today = dayOfIso(todayIso);
  const completedOn = monthsBefore(todayIso, completedMonthsAgo);
  const completedDay = dayOfIso(completedOn);
  const completedAt = `${completedOn} 15:30:00+07`;

  // Participants: active or dormant micro/small businesses, in a seeded order (spread over every kecamatan).
  const eligible = businesses.filter((b) => b.status !== 'closed' && (b.scale === 'micro' || b.scale === 'small') && b.startYear <= Number(todayIso.slice(0, 4)) - 2);
  const order = eligible.map((b) => ({ j: b.j, k: fmix((b.j ^ seed ^ 0x5bd1e995) >>> 0) })).sort((a, b) => a.k - b.k);
  const participants = new Set(order.slice(0, nParticipants).map((x) => x.j));

  /** Rows per participant are what its history needs; the others share the rest evenly, in ± pairs. */
  const participantRows = (j: number) => participantShape(j).total;
  const counts = new Int32Array(businesses.length);
  let used = 0;
  for (const j of participants) used += counts[j] = participantRows(j);
  const rest = businesses.filter((b) => !participants.has(b.j)).map((b) => b.j);
  const remaining = nMetrics - used;
  const base = Math.floor(remaining / rest.length);
  let extra = remaining - base * rest.length;
  for (let i = 0; i < rest.length; i += 2) {
    const d = i + 1 < rest.length ? int(rngOf(11, rest[i]!), -Math.min(6, base - 2), Math.min(6, base - 2)) : 0;
    counts[rest[i]!] = base + d;
    if (i + 1 < rest.length) counts[rest[i + 1]!] = base - d;
  }
  for (let i = 0; extra > 0; i++, extra--) counts[rest[i % rest.length]!]! += 1;

  /** The fixed parts of a participant's history: which follow-ups happen, whether it closes, how many updates. */
  function participantShape(j: number) {
    const r = rngOf(12, j);
    const updatesBefore = int(r, 2, 5);
    const visits: { m: number; status: 'active' | 'dormant' | 'closed' }[] = [];
    let closed = false;
    for (const m of OFFSETS) {
      if (closed) break;
      if (r() < 0.12) continue; // missed visit
      const roll = r();
      const status = roll < 0.03 ? 'closed' : roll < 0.09 ? 'dormant' : 'active';
      visits.push({ m, status });
      if (status === 'closed') closed = true;
    }
    const updatesAfter = closed ? 0 : int(r, 0, 2);
    return { updatesBefore, visits, updatesAfter, total: 1 + updatesBefore + 1 + visits.length + updatesAfter };
  }

  const round = (x: number, step: number) => Math.max(0, Math.round(x / step) * step);
  const importDay = (r: Rng) => today - 3 * 365 + int(r, 0, 90);

  function histories(b: Biz, licences: string[]): Snap[] {
    const r = rngOf(13, b.j);
    const start = Math.max(importDay(r), dayOfIso(`${b.startYear}-01-01`));
    const held = [...licences].sort();
    if (participants.has(b.j)) {
      const shape = participantShape(b.j);
      const enrolled = completedDay - int(r, 30, 60);
      const out: Snap[] = [];
      // Before enrolment: the import and registry edits, on a walk towards the baseline figures.
      const pre = [start, ...Array.from({ length: shape.updatesBefore }, () => int(r, Math.min(start + 1, enrolled - 1), enrolled - 1))].sort((a, b2) => a - b2);
      let sales = b.sales;
      const walkBack: (number | null)[] = [];
      for (let i = pre.length - 1; i >= 0; i--) {
        sales = sales === null ? null : round(sales / Math.exp(0.05 + 0.08 * gauss(r)), 100_000);
        walkBack[i] = sales;
      }
      pre.forEach((day, i) => out.push({ day, capital: b.capital, sales: walkBack[i]!, male: b.male, female: b.female, source: i === 0 ? 'import' : 'update', status: null, licences: null }));
      // Some participants got their NIB after the training.
      const gainsNib = held.includes('NIB') && r() < 0.4;
      const atBaseline = gainsNib ? held.filter((k) => k !== 'NIB') : held;
      const baseStatus = b.status === 'dormant' ? 'dormant' : 'active';
      out.push({ day: enrolled, capital: b.capital, sales: b.sales, male: b.male, female: b.female, source: 'baseline', status: baseStatus, licences: atBaseline });
      // Follow-ups: a trained business grows a little on average, with a wide spread.
      const drift = 0.1 + 0.1 * gauss(r);
      let male = b.male;
      let female = b.female;
      for (const v of shape.visits) {
        const day = dayOfIso(monthsAfter(completedOn, v.m)) + int(r, -5, 20);
        if (v.status === 'active' && r() < 0.15) (r() < 0.5 ? male++ : female++);
        const trend = b.sales === null ? null : round(b.sales * Math.exp((drift * v.m) / 12 + 0.2 * gauss(r)), 100_000);
        const s = v.status === 'closed' ? 0 : v.status === 'dormant' ? (trend === null ? null : round(trend * 0.3, 100_000)) : trend;
        out.push({
          day, capital: b.capital, sales: s, male: v.status === 'closed' ? 0 : male, female: v.status === 'closed' ? 0 : female,
          source: 'followup', status: v.status, licences: gainsNib && v.m >= 3 ? held : atBaseline,
        });
      }
      const last = out[out.length - 1]!;
      for (let i = 0; i < shape.updatesAfter; i++) {
        out.push({ ...last, day: Math.min(today, last.day + int(r, 10, 40) * (i + 1)), source: 'update', status: null, licences: null });
      }
      return out;
    }
    // Never seated: the import, then edits and ad-hoc visits, ending at the registry's current figures.
    const k = counts[b.j]!;
    const days = [start, ...Array.from({ length: k - 1 }, () => int(r, Math.min(start + 1, today), today))].sort((a, b2) => a - b2);
    const visited = r() < 0.4;
    const out: Snap[] = new Array(k);
    let sales = b.sales;
    let male = b.male;
    let female = b.female;
    for (let i = k - 1; i >= 0; i--) {
      const source = i === 0 ? 'import' : visited && r() < 0.35 ? 'followup' : 'update';
      const latestFollowup = source === 'followup' && !out.slice(i + 1).some((s) => s?.source === 'followup');
      const status = source !== 'followup' ? null : latestFollowup ? (b.status as Snap['status']) : r() < 0.06 ? 'dormant' : 'active';
      // A visit that finds the business closed records no sales and no workers (as a check-in does).
      const gone = status === 'closed';
      out[i] = { day: days[i]!, capital: b.capital, sales: gone ? 0 : sales, male: gone ? 0 : male, female: gone ? 0 : female, source, status, licences: source === 'followup' ? held : null };
      sales = sales === null ? null : round(sales / Math.exp(0.015 + 0.12 * gauss(r)), 100_000);
      if (r() < 0.1) male = Math.max(0, male + pick(r, [-1, 1]));
      if (r() < 0.1) female = Math.max(0, female + pick(r, [-1, 1]));
    }
    return out;
  }

  return { today: todayIso, completedOn, completedAt, participants, counts, histories };
}

// --- the database -------------------------------------------------------------------------------------------------

const admin = (statement: string) => adminStatement(statement, url);
const dbUrl = new URL(url);
dbUrl.pathname = `/${dbName}`;

let dropAtExit = !args.keep;
async function dropDatabase() {
  if (!dropAtExit) return log(`kept database ${dbName} (psql ${dbUrl.toString()})`);
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  log(`dropped database ${dbName}`);
}
startWatchdog(Number(args['max-minutes']), dropDatabase);

const METRIC_COLUMNS = [
  'kode_wilayah', 'id', 'business_id', 'recorded_on', 'capital', 'annual_sales', 'workers_male', 'workers_female', 'scale', 'previous_scale',
  'scale_rule_id', 'source', 'status', 'licences', 'created_at',
] as const;

interface LoadReport {
  ms: number;
  tables: { table: string; rows: number; ms: number }[];
  vacuumAnalyzeMs: number;
  programmeId: string;
  completedOn: string;
  participants: number;
  metricsBySource: Record<string, number>;
}

async function load(database: Database, regions: Awaited<ReturnType<typeof loadRegionDirectory>>): Promise<LoadReport> {
  const plan = demoPlan(regions, { kodeWilayah: KW, businesses: nBusinesses, seed });
  // Pass 1 (not timed with the load): what the metrics need of each business, and licence kinds held.
  const t0 = now();
  const businesses: Biz[] = [];
  let j = 0;
  for (const row of plan.businesses()) {
    businesses.push({
      j: j++, id: String(row[C.id]), ownerId: String(row[C.owner]), kecamatan: String(row[C.kec]), sector: String(row[C.sector]),
      status: String(row[C.status]), startYear: Number(row[C.startYear]), capital: num(row[C.capital]!), sales: num(row[C.sales]!),
      male: Number(row[C.male]), female: Number(row[C.female]), scale: String(row[C.scale]),
    });
  }
  const licenceKinds = new Map<string, string[]>();
  for (const row of plan.licences()) {
    const id = String(row[2]);
    const kinds = licenceKinds.get(id) ?? [];
    if (!kinds.includes(String(row[3]))) kinds.push(String(row[3]));
    licenceKinds.set(id, kinds);
  }
  const p = makePlan(businesses);
  check(p.participants.size === nParticipants, `only ${p.participants.size} eligible participants`);
  const latest = new Map<number, Snap>();
  log(`planned ${fmtInt(businesses.length)} businesses, ${fmtInt(nParticipants)} participants (completed ${p.completedOn}) in ${fmtMs(now() - t0)}`);

  const programmeId = randomUUID();
  const batchId = randomUUID();
  const bySource: Record<string, number> = {};
  const participantIds = new Map<number, string>();
  const tables: LoadReport['tables'] = [];
  const tLoad = now();
  await database.bulkLoad(async (copy, exec) => {
    const timedCopy = async (table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>) => {
      const t = now();
      const n = await copy(table, columns, rows);
      const ms = now() - t;
      tables.push({ table, rows: n, ms: Math.round(ms) });
      log(`  ${table}: ${fmtInt(n)} rows in ${fmtMs(ms)} (${fmtInt(n / (ms / 1000))} rows/s)`);
      return n;
    };
    await timedCopy('owners', OWNER_COLUMNS, plan.owners());

    // Metrics first in memory order per business, so the registry rows of participants can end at their latest snapshot.
    function* metricRows(): Generator<CopyValue[]> {
      for (const b of businesses) {
        const snaps = p.histories(b, licenceKinds.get(b.id) ?? []);
        check(snaps.length === p.counts[b.j], `business ${b.j}: ${snaps.length} snapshots, planned ${p.counts[b.j]}`);
        const r = rngOf(14, b.j);
        let previous: Scale | null = null;
        for (const s of snaps) {
          const scale = classifyScale(RULE, { capital: s.capital, annualSales: s.sales });
          bySource[s.source] = (bySource[s.source] ?? 0) + 1;
          yield [KW, randomUUID(), b.id, iso(s.day), s.capital, s.sales, s.male, s.female, scale, previous, RULE, s.source, s.status, s.licences, stampOf(s.day, r)];
          previous = scale;
        }
        if (p.participants.has(b.j)) latest.set(b.j, snaps[snaps.length - 1]!);
      }
    }
    // The registry rows: the demo's, except participants, whose current record is their latest snapshot.
    // (The histories are recomputed from (seed, j) each time they are asked for, so these agree with the metrics.)
    const plannedLatest = new Map<number, Snap>();
    for (const j2 of p.participants) {
      const snaps = p.histories(businesses[j2]!, licenceKinds.get(businesses[j2]!.id) ?? []);
      const status = [...snaps].reverse().find((x) => x.status !== null)?.status ?? 'active';
      plannedLatest.set(j2, { ...snaps[snaps.length - 1]!, status });
    }
    function* businessRows(): Generator<CopyValue[]> {
      let k = 0;
      for (const row of plan.businesses()) {
        const s = plannedLatest.get(k);
        if (s) {
          const out = [...row] as CopyValue[];
          out[C.status] = s.status ?? 'active';
          out[C.reason] = s.status === 'closed' ? pick(rngOf(15, k), CLOSED_REASONS) : s.status === 'dormant' ? pick(rngOf(15, k), DORMANT_REASONS) : null;
          out[C.sales] = s.sales;
          out[C.male] = s.male;
          out[C.female] = s.female;
          out[C.scale] = classifyScale(RULE, { capital: s.capital, annualSales: s.sales });
          if (s.status === 'closed') out[C.channels] = [];
          out[C.updated] = `${iso(s.day)} 10:00:00+07`;
          yield out;
        } else yield row;
        k++;
      }
    }
    await timedCopy('businesses', BUSINESS_COLUMNS, businessRows());
    await timedCopy('licences', LICENCE_COLUMNS, plan.licences());
    await timedCopy('business_metrics', METRIC_COLUMNS, metricRows());
    check(latest.size === nParticipants, 'participants missing from the metrics walk');

    // The programme, its completed batch, the participants and the tasks the completion created.
    const year = Number(p.completedOn.slice(0, 4));
    const targets: Record<string, number> = {};
    for (const j2 of p.participants) targets[businesses[j2]!.kecamatan] = (targets[businesses[j2]!.kecamatan] ?? 0) + 1;
    await exec(sql`insert into programmes (kode_wilayah, id, title, kind, topic, year, factor, element, targets, status, followup_offsets_months, created_at)
      values (${KW}, ${programmeId}, ${'Pelatihan Pemasaran Digital UMKM ' + year}, 'training', 'digital_marketing', ${year}, 'market', 'empowering',
              ${JSON.stringify(targets)}::jsonb, 'closed', ${'{' + OFFSETS.join(',') + '}'}::integer[], ${iso(dayOfIso(p.completedOn) - 90) + ' 09:00:00+07'})`);
    const startsOn = iso(dayOfIso(p.completedOn) - 28);
    await exec(sql`insert into programme_batches (kode_wilayah, id, programme_id, name, venue, capacity, starts_on, ends_on, completed_at)
      values (${KW}, ${batchId}, ${programmeId}, 'Angkatan 1', 'Gedung PLUT KUMKM Soreang', ${nParticipants}, ${startsOn}, ${p.completedOn}, ${p.completedAt})`);
    const participantRows = function* (): Generator<CopyValue[]> {
      for (const j2 of [...p.participants].sort((a, b) => a - b)) {
        const b = businesses[j2]!;
        const id = randomUUID();
        participantIds.set(j2, id);
        const r = rngOf(16, j2);
        yield [KW, id, programmeId, batchId, b.id, b.ownerId, pick(r, ['assistant', 'epokir', 'agency', 'musrenbang', 'self']), 'completed',
          'Petugas Bench', 'Kepala Bidang Bench', `${startsOn} 10:00:00+07`, int(r, 75, 100), p.completedAt];
      }
    };
    await timedCopy('participants', ['kode_wilayah', 'id', 'programme_id', 'batch_id', 'business_id', 'owner_id', 'source', 'status',
      'nominated_by_name', 'decided_by_name', 'decided_at', 'attendance_percent', 'created_at'], participantRows());
    const taskRows = function* (): Generator<CopyValue[]> {
      for (const [j2, participantId] of participantIds) {
        const snaps = p.histories(businesses[j2]!, licenceKinds.get(businesses[j2]!.id) ?? []).filter((s) => s.source === 'followup');
        for (const m of OFFSETS) {
          const due = monthsAfter(p.completedOn, m);
          const done = snaps.find((s) => Math.abs(s.day - dayOfIso(due)) <= 25);
          yield [KW, randomUUID(), programmeId, participantId, businesses[j2]!.id, m, due, done ? iso(done.day) : null, p.completedAt];
        }
      }
    };
    await timedCopy('followup_tasks', ['kode_wilayah', 'id', 'programme_id', 'participant_id', 'business_id', 'offset_months', 'due_on', 'done_on', 'created_at'], taskRows());
  });
  const loadMs = now() - tLoad;
  log(`loaded in ${fmtMs(loadMs)}; metrics by source ${JSON.stringify(bySource)}`);
  const tA = now();
  await database.db.execute(sql`vacuum (analyze)`);
  const vacuumAnalyzeMs = now() - tA;
  log(`vacuum (analyze) in ${fmtMs(vacuumAnalyzeMs)}`);
  return { ms: Math.round(loadMs), tables, vacuumAnalyzeMs: Math.round(vacuumAnalyzeMs), programmeId, completedOn: p.completedOn, participants: nParticipants, metricsBySource: bySource };
}

// --- timing and capturing the repository's statements ----------------------------------------------------------------

interface Call { method: string; ms: number; rows: number; query?: SQL; args: unknown[]; result: unknown }

/**
 * The repository as the service gets it, with each method timed and the SQL it ran captured (through a Db
 * whose `execute` records its query). The outcome service awaits its reads one after another, so a method
 * and the statement it runs pair up unambiguously.
 */
function instrumentedRepository(db: Db) {
  let calls: Call[] = [];
  let lastQuery: SQL | undefined;
  const capturing = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'execute') {
        return (query: SQL) => {
          lastQuery = query;
          return target.execute(query);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  const repo = createFollowupRepository(capturing);
  const wrapped = Object.fromEntries(
    Object.entries(repo).map(([name, fn]) => [
      name,
      async (...a: unknown[]) => {
        lastQuery = undefined;
        const t = now();
        const result = await (fn as (...x: unknown[]) => Promise<unknown>)(...a);
        const ms = now() - t;
        calls.push({ method: name, ms, rows: Array.isArray(result) ? result.length : Object.keys(result as object).length, query: lastQuery, args: a, result });
        return result;
      },
    ]),
  ) as unknown as FollowupRepository;
  return {
    repo: wrapped,
    take(): Call[] {
      const out = calls;
      calls = [];
      return out;
    },
  };
}

interface RunFigures { ms: number; split: { method: string; ms: number; rows: number }[]; computeMs: number }

async function timedOutcomes(service: ReturnType<typeof createOutcomeService>, inst: ReturnType<typeof instrumentedRepository>, actor: Actor, query: { programmeId?: string; kecamatan?: string }) {
  inst.take();
  const t = now();
  const reply = await service.outcomes(actor, KW, query);
  const ms = now() - t;
  const calls = inst.take();
  const inRepo = calls.reduce((a, c) => a + c.ms, 0);
  const figures: RunFigures = { ms: round1(ms), split: calls.map((c) => ({ method: c.method, ms: round1(c.ms), rows: c.rows })), computeMs: round1(ms - inRepo) };
  return { reply, figures, calls };
}

/**
 * The service's work between its reads, repeated on the rows its reads returned (the same pure functions it
 * calls, in the same order): where "compute" goes.
 */
function splitCompute(calls: Call[], asOf: string): Record<string, number> {
  const participants = calls.find((c) => c.method === 'completedParticipants')!.result as { participant_id: string; business_id: string; programme_id: string; completed_on: string; kecamatan_code: string; sector: string }[];
  const [own, compare] = calls.filter((c) => c.method === 'snapshotsOf').map((c) => c.result as MetricRow[]);
  const candidates = calls.find((c) => c.method === 'comparisonCandidates')!.result as Parameters<typeof matchComparison>[1];
  const group = (rows: MetricRow[]) => {
    const m = new Map<string, MetricRow[]>();
    for (const r of rows) (m.get(r.business_id) ?? m.set(r.business_id, []).get(r.business_id)!).push(r);
    return m;
  };
  const runs: Record<string, number[]> = { histories: [], computeOutcomes: [], matchComparison: [], comparisonHistoriesAndOutcomes: [] };
  for (let i = 0; i < 3; i++) {
    let t = now();
    const by = group(own!);
    const histories = participants.map((p) => buildHistory({ participantId: p.participant_id, businessId: p.business_id, cohort: p.programme_id, completedOn: p.completed_on }, by.get(p.business_id) ?? []));
    runs.histories!.push(now() - t);
    t = now();
    computeOutcomes(histories, { asOf });
    runs.computeOutcomes!.push(now() - t);
    t = now();
    const matched = matchComparison(participants.map((p, k) => ({ ...p, baseline: histories[k]!.baseline })), candidates);
    runs.matchComparison!.push(now() - t);
    t = now();
    const cby = group(compare ?? []);
    computeOutcomes(matched.map((m, k) => buildHistory({ participantId: `c${k}`, businessId: m.businessId, cohort: 'comparison', completedOn: m.completedOn }, cby.get(m.businessId) ?? [])), { asOf });
    runs.comparisonHistoriesAndOutcomes!.push(now() - t);
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, round1(median(v))]));
}

// --- EXPLAIN --------------------------------------------------------------------------------------------------------

interface PlanNode { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[]; [k: string]: unknown }

function indexesOf(node: PlanNode, out: Set<string> = new Set()): Set<string> {
  if (node['Index Name']) out.add(`${node['Node Type']} using ${node['Index Name']}`);
  else if (node['Node Type'] === 'Seq Scan' || node['Node Type'] === 'Parallel Seq Scan') out.add(`${node['Node Type']} on ${node['Relation Name']}`);
  for (const child of node.Plans ?? []) indexesOf(child, out);
  return out;
}

/** Plans print array parameters inline: thousands of uuids. Shortened to their element count. */
const squash = (line: string) => line.replace(/'\{[^}]{200,}\}'/g, (m) => `'{…${m.split(',').length} elements}'`);

async function explain(client: pg.Client, label: string, query: SQL) {
  const { text, params } = compileSql(query);
  const json = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, params);
  const top = (json.rows[0]['QUERY PLAN'] as { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number; JIT?: { Timing?: { Total?: number } } }[])[0]!;
  const textPlan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
  const lines = textPlan.rows.map((r: Record<string, string>) => squash(r['QUERY PLAN']!));
  const plan = top.Plan as PlanNode & { 'Shared Hit Blocks'?: number; 'Shared Read Blocks'?: number; 'Actual Rows'?: number };
  return {
    label,
    sql: text.replace(/\s+/g, ' ').trim(),
    paramSizes: params.map((p) => (typeof p === 'string' && p.length > 60 ? `${p.length} chars` : p)),
    executionMs: round1(top['Execution Time']),
    planningMs: round1(top['Planning Time']),
    jitMs: top.JIT?.Timing?.Total === undefined ? null : round1(top.JIT.Timing.Total),
    rows: plan['Actual Rows'] ?? null,
    sharedHitBlocks: plan['Shared Hit Blocks'] ?? null,
    sharedReadBlocks: plan['Shared Read Blocks'] ?? null,
    indexes: [...indexesOf(top.Plan)],
    plan: lines,
  };
}

// --- main ---------------------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  const git = gitState();
  const load0 = loads();
  log(`follow-up outcomes bench: ${fmtInt(nBusinesses)} businesses, ${fmtInt(nMetrics)} snapshots, ${fmtInt(nParticipants)} participants · load ${load0.join('/')}`);
  log(`code: HEAD ${git.head}${git.dirtyServerFiles.length ? ` + ${git.dirtyServerFiles.length} uncommitted server files` : ' (clean server code)'}`);
  const regions = await loadRegionDirectory();

  let loaded: LoadReport | null = null;
  if (!args.reuse) {
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${dbName}`);
    const database = await openPostgres(dbUrl.toString(), 4);
    try {
      const t = now();
      await database.migrate();
      const services = createServices({ config: configSchema.parse(BENCH_CONFIG), database, regions });
      await services.tenants.addTenant(KW);
      log(`created ${dbName}, migrated in ${fmtMs(now() - t)}`);
      loaded = await load(database, regions);
    } catch (err) {
      await database.close();
      throw err;
    }
    await database.close();
  } else {
    dropAtExit = false;
    log(`--reuse: measuring the existing ${dbName} (kept at the end)`);
  }

  // A fresh pool: the first outcome call is the first of these connections (no cached plans).
  const database = await openPostgres(dbUrl.toString());
  const { db } = database;
  const config = configSchema.parse(BENCH_CONFIG);
  const services = createServices({ config, database, regions });
  const inst = instrumentedRepository(db);
  const outcomes = createOutcomeService({ repo: inst.repo, followup: services.followup, regions, tenantUsers: services.auth.listTenantUsers });

  const [versionRow] = await queryRows<{ version: string }>(db, sql`select version()`);
  const settingRows = await queryRows<{ name: string; setting: string; unit: string | null }>(db, sql`
    select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'jit', 'jit_above_cost', 'max_parallel_workers_per_gather',
      'effective_cache_size', 'random_page_cost')`);
  const settings = Object.fromEntries(settingRows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting]));
  const [programme] = await queryRows<{ id: string; title: string }>(db, sql`select id, title from programmes where kode_wilayah = ${KW} limit 1`);
  check(!!programme, 'no programme in the database');
  const [counts] = await queryRows<Record<string, string | number>>(db, sql`
    select (select count(*) from businesses) as businesses, (select count(*) from owners) as owners, (select count(*) from business_metrics) as metrics,
           (select count(*) from participants where status = 'completed') as participants, (select count(*) from followup_tasks) as tasks`);
  const [topKec] = await queryRows<{ kecamatan_code: string; n: string | number }>(db, sql`
    select b.kecamatan_code, count(*) as n from participants pa join businesses b on b.kode_wilayah = pa.kode_wilayah and b.id = pa.business_id
    where pa.kode_wilayah = ${KW} group by 1 order by 2 desc, 1 limit 1`);
  const sizeRows = await queryRows<{ name: string; bytes: string | number }>(db, sql`
    select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = 'public' and c.relkind = 'r' and c.relname in ('businesses', 'business_metrics', 'participants', 'owners') order by 1`);
  const sizesMiB = Object.fromEntries(sizeRows.map((r) => [r.name, Math.round(Number(r.bytes) / 2 ** 20)]));
  log(`database: ${JSON.stringify(Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)])))} · sizes MiB ${JSON.stringify(sizesMiB)}`);
  log(`settings: ${JSON.stringify(settings)}`);

  const actor: Actor = {
    userId: randomUUID(), username: 'bench', displayName: 'Bench', isSuperadmin: false, locale: 'id',
    memberships: [{ kodeWilayah: KW, tenantName: 'Kabupaten Bandung', isDemo: false, role: 'officer', kecamatanCodes: [], ownerId: null }],
  };

  async function scope(name: string, query: { programmeId?: string; kecamatan?: string }) {
    const loadBefore = loads();
    const cold = await timedOutcomes(outcomes, inst, actor, query);
    log(`${name}: cold ${fmtMs(cold.figures.ms)} · ${cold.figures.split.map((s) => `${s.method} ${fmtMs(s.ms)} (${fmtInt(s.rows)} rows)`).join(', ')} · compute ${fmtMs(cold.figures.computeMs)}`);
    const warm: RunFigures[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push((await timedOutcomes(outcomes, inst, actor, query)).figures);
    const warmMs = warm.map((w) => w.ms);
    const methods = [...new Set(warm[0]!.split.map((s) => s.method))];
    // Per repository call (in order; snapshotsOf runs twice), the median over the warm runs.
    const warmSplit = warm[0]!.split.map((s, i) => ({ method: s.method, rows: s.rows, medianMs: round1(median(warm.map((w) => w.split[i]!.ms))) }));
    log(`${name}: warm ${warmMs.map(fmtMs).join(', ')} · median ${fmtMs(median(warmMs))} · ${warmSplit.map((s) => `${s.method} ${fmtMs(s.medianMs)}`).join(', ')}`);
    return {
      name, query, loadavgBefore: loadBefore, loadavgAfter: loads(), coldMs: cold.figures.ms, cold: cold.figures, warmMs, warmMedianMs: round1(median(warmMs)),
      warmSplit, warmComputeMedianMs: round1(median(warm.map((w) => w.computeMs))), methods, reply: cold.reply, calls: cold.calls,
    };
  }

  const programmeScope = await scope('programme', { programmeId: programme.id });
  const computeSplit = splitCompute(programmeScope.calls, programmeScope.reply.asOf);
  log(`programme: the service's own work, again on the same rows (median of 3): ${Object.entries(computeSplit).map(([k, v]) => `${k} ${fmtMs(v)}`).join(', ')}`);
  const kecamatanScope = await scope(`kecamatan ${topKec!.kecamatan_code}`, { kecamatan: topKec!.kecamatan_code });
  const summary = (r: OutcomesReply) => ({
    cohorts: r.cohorts.map((c) => ({
      label: c.label, participants: c.participants, survival: c.survival.map((s) => `${s.months} m: ${s.surviving}/${s.atRisk}`),
      medianSalesChangePercent: c.medianSalesChangePercent, salesSample: c.salesSample, netJobs: c.netJobs, naikKelas: c.naikKelas,
      closedLatest: c.closedLatest, legalityGained: c.legalityGained,
    })),
    comparison: r.comparison && {
      participants: r.comparison.participants, survival: r.comparison.survival.map((s) => `${s.months} m: ${s.surviving}/${s.atRisk}`),
      medianSalesChangePercent: r.comparison.medianSalesChangePercent, salesSample: r.comparison.salesSample, netJobs: r.comparison.netJobs,
    },
    followup: r.followup,
  });
  const programmeSummary = summary(programmeScope.reply);
  check(programmeScope.reply.cohorts.length === 1 && programmeScope.reply.cohorts[0]!.participants === Number(counts!.participants),
    `programme scope: ${JSON.stringify(programmeSummary.cohorts)}`);
  check(!!programmeScope.reply.comparison && programmeScope.reply.comparison.participants > 0, 'programme scope: no comparison group');
  log(`programme outcome: ${JSON.stringify(programmeSummary)}`);

  // EXPLAIN (ANALYZE, BUFFERS) of what the service ran (run again, so on a warm cache).
  const client = new pg.Client({ connectionString: dbUrl.toString() });
  await client.connect();
  const explains = [];
  for (const [scopeName, calls] of [['programme', programmeScope.calls], ['kecamatan', kecamatanScope.calls]] as const) {
    let snapshotsSeen = 0;
    for (const c of calls) {
      if (!c.query) continue;
      const which = c.method === 'snapshotsOf' ? (snapshotsSeen++ === 0 ? 'snapshotsOf (participants)' : 'snapshotsOf (comparison)') : c.method;
      const e = await explain(client, `${scopeName}: ${which}`, c.query);
      explains.push(e);
      log(`EXPLAIN ${e.label}: ${fmtMs(e.executionMs)} (planning ${fmtMs(e.planningMs)}${e.jitMs !== null ? `, JIT ${fmtMs(e.jitMs)}` : ''}), ${fmtInt(e.rows ?? 0)} rows, buffers hit ${fmtInt(e.sharedHitBlocks ?? 0)} read ${fmtInt(e.sharedReadBlocks ?? 0)} · ${e.indexes.join('; ')}`);
    }
  }

  // What-if probes on the two heavy statements (programme scope), each EXPLAINed 3 times (median) and fetched once
  // to this process: the server's planner settings as they are, random_page_cost 1.1 (an SSD's), parallel query
  // off, and a covering index for "the last snapshot on or before a date" created in a transaction that is then
  // rolled back (the database is left as the migrations made it).
  const probes: { variant: string; statement: string; explainMs: number[]; medianMs: number; fetchMs: number; rows: number; indexes: string[] }[] = [];
  if (!args['skip-probes']) {
    let seen = 0;
    const heavy = programmeScope.calls
      .map((c) => ({ c, name: c.method === 'snapshotsOf' ? (seen++ === 0 ? 'snapshotsOf (participants)' : 'snapshotsOf (comparison)') : c.method }))
      .filter((x) => x.c.query && (x.name === 'comparisonCandidates' || x.name === 'snapshotsOf (comparison)'));
    const probe = async (variant: string) => {
      for (const { c, name } of heavy) {
        const { text, params } = compileSql(c.query!);
        const ms: number[] = [];
        let indexes: string[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, params);
          const top = (res.rows[0]['QUERY PLAN'] as { Plan: PlanNode; 'Execution Time': number }[])[0]!;
          ms.push(round1(top['Execution Time']));
          indexes = [...indexesOf(top.Plan)];
        }
        const t = now();
        const fetched = await client.query(text, params);
        const fetchMs = round1(now() - t);
        probes.push({ variant, statement: name, explainMs: ms, medianMs: median(ms), fetchMs, rows: fetched.rowCount ?? 0, indexes });
        log(`probe ${variant.padEnd(30)} ${name.padEnd(26)} EXPLAIN median ${fmtMs(median(ms))}, fetched ${fmtInt(fetched.rowCount ?? 0)} rows in ${fmtMs(fetchMs)} · ${indexes.join('; ')}`);
      }
    };
    await probe('as configured');
    await client.query('set random_page_cost = 1.1');
    await probe('random_page_cost = 1.1');
    await client.query('reset random_page_cost');
    await client.query('set max_parallel_workers_per_gather = 0');
    await probe('parallel query off');
    await client.query('reset max_parallel_workers_per_gather');
    await client.query('begin');
    const t = now();
    await client.query(`create index business_metrics_latest_probe on business_metrics
      (kode_wilayah, business_id, recorded_on desc, created_at desc) include (scale, annual_sales)`);
    log(`probe: covering index built in ${fmtMs(now() - t)} (rolled back afterwards)`);
    await probe('+ covering index');
    await client.query('rollback');
  }
  await client.end();
  await database.close();

  const strip = (s: Awaited<ReturnType<typeof scope>>) => {
    const { reply: _reply, calls: _calls, ...rest } = s;
    void _reply;
    void _calls;
    return rest;
  };
  const result = {
    bench: 'followup-outcomes',
    engine: 'postgres',
    date: started.toISOString(),
    machine: { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), loadavgStart: load0, loadavgEnd: loads() },
    node: process.version,
    engineVersion: versionRow?.version ?? 'unknown',
    settings,
    git,
    label: args.label ?? null,
    options: { businesses: nBusinesses, metrics: nMetrics, participants: nParticipants, completedMonthsAgo, warmRuns, seed, reuse: args.reuse },
    database: { counts: Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)])), sizesMiB },
    load: loaded,
    programme: { id: programme.id, title: programme.title },
    scopes: [strip(programmeScope), strip(kecamatanScope)],
    outcome: { programme: programmeSummary, kecamatan: summary(kecamatanScope.reply) },
    explains,
    probes,
    computeSplitMs: computeSplit,
  };

  const line = '─'.repeat(100);
  console.log(`\n${line}\nFOLLOW-UP OUTCOMES BENCH  postgres · ${result.machine.nproc} cores · node ${process.version} · load ${load0.join('/')} → ${result.machine.loadavgEnd.join('/')}`);
  console.log(`${result.engineVersion.split(' on ')[0]} · ${fmtInt(result.database.counts.businesses!)} businesses · ${fmtInt(result.database.counts.metrics!)} snapshots · ${fmtInt(result.database.counts.participants!)} participants${loaded ? ` · load ${fmtMs(loaded.ms)}` : ''}`);
  for (const s of result.scopes) {
    console.log(`${s.name.padEnd(22)} cold ${fmtMs(s.coldMs).padStart(9)} · warm median ${fmtMs(s.warmMedianMs).padStart(9)} (${s.warmMs.map(fmtMs).join(', ')})`);
    console.log(`${''.padEnd(22)} warm split: ${s.warmSplit.map((x) => `${x.method} ${fmtMs(x.medianMs)} [${fmtInt(x.rows)} rows]`).join(' · ')} · compute ${fmtMs(s.warmComputeMedianMs)}`);
  }
  for (const e of explains) console.log(`EXPLAIN ${e.label.padEnd(42)} ${fmtMs(e.executionMs).padStart(9)}  ${e.indexes.join('; ')}`);
  for (const e of explains.filter((x) => /^programme: (comparisonCandidates|snapshotsOf)/.test(x.label))) {
    console.log(`\n${e.label} — EXPLAIN (ANALYZE, BUFFERS):\n  ${e.plan.join('\n  ')}`);
  }
  if (probes.length) {
    console.log('\nwhat-if (programme scope, EXPLAIN median of 3 · fetch to Node):');
    for (const x of probes) console.log(`  ${x.variant.padEnd(26)} ${x.statement.padEnd(26)} ${fmtMs(x.medianMs).padStart(9)} · ${fmtMs(x.fetchMs).padStart(9)} · ${x.indexes.join('; ')}`);
  }
  console.log(line);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${outFile}`);
  await dropDatabase();
}

main()
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(err);
    try {
      await dropDatabase();
    } catch (e) {
      console.error('drop failed:', e);
    }
    process.exit(1);
  });
