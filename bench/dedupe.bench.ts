/**
 * Duplicate-detection benchmark: generates the truth set (bench/dedupe-truth.ts: a synthetic Kabupaten Bandung
 * registry with known duplicates and hard negatives), runs findDuplicatePairs over it in batches of 10,000, and
 * reports wall time, peak RSS, pair count, and precision/recall at the default threshold and at the candidate
 * auto-merge thresholds.
 *
 *   npx tsx bench/dedupe.bench.ts                     # 1,000,000 records (the goal: ≤ 120 s on 2 cores)
 *   npx tsx bench/dedupe.bench.ts --records 100000    # quick mode
 *   DATABASE_URL=postgresql://… npx tsx bench/dedupe.bench.ts --db postgres   # the product's whole path
 *   npx tsx bench/dedupe.bench.ts --db pglite --records 100000
 *
 * In memory by default. `--db pglite|postgres` (bench/dedupe-db.ts) loads the truth set into a fresh database
 * and times the duplicates service's scan instead: database read, matching and pair insert. Results:
 * bench/results/dedupe-<date>.json, or dedupe-db-<engine>-<date>.json with --db (-<n> appended when not 1 M).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MatchRecord } from '../src/server/modules/duplicates/match-score';
import {
  type CandidatePair, DEFAULT_MAX_BLOCK_SIZE, DEFAULT_MIN_SCORE, type FindStats, findDuplicatePairsWithStats,
} from '../src/server/modules/duplicates/pair-finder';
import { loadRegionDirectory } from '../src/server/modules/tenancy/regions';
import { type DbBenchResult, dbCleanups, runDbBench } from './dedupe-db';
import { pairKey, PERTURBATIONS, type Role, TRUTH_KODE_WILAYAH, truthPlan } from './dedupe-truth';

const HERE = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '2026' },
    batch: { type: 'string' },
    'min-score': { type: 'string' },
    'max-block-size': { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'pg-options': { type: 'string' },
    'max-minutes': { type: 'string', default: '90' },
    out: { type: 'string' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: npx tsx bench/dedupe.bench.ts [--records N] [options]
  --records N         truth-set size (1000000; 100000 for a quick run)
  --seed S            generator seed (2026)
  --batch B           records per batch handed to findDuplicatePairs (10000)
  --min-score X       threshold (DEFAULT_MIN_SCORE = ${DEFAULT_MIN_SCORE})
  --max-block-size M  blocks above M rows are sub-blocked (${DEFAULT_MAX_BLOCK_SIZE})
  --db ENGINE         pglite|postgres: load the truth set into a fresh database (PGlite: a temp dir; PostgreSQL:
                      database bench_dedupe_<ts> on DATABASE_URL, dropped after) and time services.duplicates.scan:
                      read, matching and pair insert, with the service's own batch size and thresholds
                      (--batch, --min-score and --max-block-size do not apply)
  --keep              with --db: keep the database or data dir afterwards
  --pg-options=OPTS   with --db postgres: session settings for the service's pool (note the =), e.g.
                      --pg-options="-c max_parallel_workers_per_gather=0" (what ALTER DATABASE … SET would give)
  --max-minutes M     with --db: abort (and drop the database) after M minutes (90)
  --out FILE          JSON result path (bench/results/dedupe-<date>[-<n>].json, dedupe-db-<engine>-<date>[-<n>].json)
  --label TEXT        free-text note stored in the JSON`);
  process.exit(0);
}
const n = Number(args.records.replace(/_/g, ''));
if (!Number.isInteger(n) || n < 2) throw new Error(`--records must be an integer ≥ 2, got ${args.records}`);
const seed = Number(args.seed);
const engine = args.db as 'pglite' | 'postgres' | undefined;
if (engine !== undefined && engine !== 'pglite' && engine !== 'postgres') throw new Error(`--db must be pglite or postgres, got ${args.db}`);
if (engine && (args.batch ?? args['min-score'] ?? args['max-block-size']) !== undefined) {
  throw new Error('--batch, --min-score and --max-block-size do not apply with --db: the service scans with its own defaults');
}
/** With --db: the repository's matchBatches default (the service passes none). */
const REPOSITORY_BATCH = 20_000;
const batchSize = engine ? REPOSITORY_BATCH : Number(args.batch ?? '10000');
const minScore = args['min-score'] === undefined ? DEFAULT_MIN_SCORE : Number(args['min-score']);
const maxBlockSize = args['max-block-size'] === undefined ? DEFAULT_MAX_BLOCK_SIZE : Number(args['max-block-size']);
const date = new Date().toISOString().slice(0, 10);
const outFile = args.out ?? join(HERE, 'results', `dedupe-${engine ? `db-${engine}-` : ''}${date}${n === 1_000_000 ? '' : `-${n}`}.json`);

const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const git = (...a: string[]) => {
  try {
    return execFileSync('git', a, { cwd: join(HERE, '..'), encoding: 'utf8' }).trimEnd(); // porcelain lines start with a space
  } catch {
    return '';
  }
};

async function main() {
  const regions = await loadRegionDirectory();
  const plan = truthPlan(regions, n, seed);
  log(`dedupe bench${engine ? ` (--db ${engine})` : ''}: ${n.toLocaleString('en-US')} records, seed ${seed}, batches of ${batchSize}, minScore ${minScore}, maxBlockSize ${maxBlockSize}`);

  let measured: Measured;
  let dbRun: DbBenchResult | null = null;
  if (engine) {
    // The product's path: database → services.duplicates.scan → duplicate_pairs (bench/dedupe-db.ts).
    dbRun = await runDbBench({
      engine, plan, regions, kodeWilayah: TRUTH_KODE_WILAYAH, databaseUrl: process.env.DATABASE_URL, keep: args.keep, pgOptions: args['pg-options'], log,
    });
    const { timing, memory } = dbRun;
    measured = {
      pairs: dbRun.pairs, stats: null, generateMs: timing.generateMs, wallMs: timing.scanMs, cpuMs: timing.scanCpuMs,
      rssBefore: memory.rssBeforeScanMiB * 2 ** 20, peakRss: memory.peakRssScanMiB * 2 ** 20,
    };
  } else measured = await inMemory(plan);
  const { pairs, stats, generateMs, wallMs, cpuMs, rssBefore, peakRss } = measured;
  const truth = plan.truePairs();
  log(`${truth.size.toLocaleString('en-US')} true pairs`);

  // --- quality -------------------------------------------------------------------------------------------------
  const isTrue = pairs.map((p) => truth.has(pairKey(p.a, p.b)));
  const at = (t: number) => {
    let tp = 0, fp = 0;
    for (let k = 0; k < pairs.length; k++) if (pairs[k]!.score >= t) isTrue[k] ? tp++ : fp++;
    return { threshold: t, pairs: tp + fp, truePositives: tp, falsePositives: fp, precision: round4(tp / (tp + fp || 1)), recall: round4(tp / truth.size) };
  };
  const thresholds = [...new Set([minScore, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99])].sort((a, b) => a - b).map(at);
  // Auto-merge: the lowest score at which everything scoring at least that is ≥ 99.9 % right (pairs come sorted by score).
  let autoMerge: ReturnType<typeof at> | null = null;
  for (let k = 0, tp = 0, fp = 0; k < pairs.length; k++) {
    isTrue[k] ? tp++ : fp++;
    const last = k === pairs.length - 1 || pairs[k + 1]!.score < pairs[k]!.score;
    if (last && tp / (tp + fp) >= 0.999) autoMerge = at(pairs[k]!.score);
  }
  const main = at(minScore);

  // Recall per perturbation (a pair counts for each perturbation of its duplicate) and false positives per roles.
  const found = new Set(pairs.filter((p) => p.score >= minScore).map((p) => pairKey(p.a, p.b)));
  const byPerturbation = Object.fromEntries(PERTURBATIONS.map((p) => [p, { pairs: 0, found: 0, recall: 0 }]));
  for (const [x, y] of plan.trueIndexPairs()) {
    const hit = found.has(pairKey(plan.id(x), plan.id(y)));
    for (const p of new Set([...plan.perturbations(x), ...plan.perturbations(y)])) (byPerturbation[p]!.pairs++, hit && byPerturbation[p]!.found++);
  }
  for (const v of Object.values(byPerturbation)) v.recall = round4(v.found / (v.pairs || 1));
  const fpIds = new Set(pairs.filter((p, k) => p.score >= minScore && !isTrue[k]).flatMap((p) => [p.a, p.b]));
  const indexOf = new Map<string, number>();
  for (let j = 0; j < n && indexOf.size < fpIds.size; j++) if (fpIds.has(plan.id(j))) indexOf.set(plan.id(j), j);
  const roleOf = new Map<string, Role>([...indexOf].map(([id, j]) => [id, plan.role(j)]));
  // The best-scoring mistakes, whole: what an auto-merge threshold would have merged wrongly.
  const topFalsePositives = pairs
    .filter((p, k) => p.score >= minScore && !isTrue[k])
    .slice(0, 15)
    .map((p) => ({ score: p.score, reasons: p.reasons, roles: [roleOf.get(p.a), roleOf.get(p.b)], a: plan.record(indexOf.get(p.a)!), b: plan.record(indexOf.get(p.b)!) }));
  const falsePositivesByRoles: Record<string, number> = {};
  pairs.forEach((p, k) => {
    if (p.score < minScore || isTrue[k]) return;
    const key = [roleOf.get(p.a), roleOf.get(p.b)].sort().join('+');
    falsePositivesByRoles[key] = (falsePositivesByRoles[key] ?? 0) + 1;
  });

  const result = {
    bench: dbRun ? 'dedupe-db' : 'dedupe',
    ...(dbRun ? { engine: dbRun.engine, engineVersion: dbRun.engineVersion, settings: dbRun.settings } : {}),
    records: n,
    seed,
    date: new Date().toISOString(),
    label: args.label ?? null,
    machine: { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30) },
    node: process.version,
    git: { head: git('rev-parse', '--short', 'HEAD') || 'unknown', dirty: git('status', '--porcelain', '--', 'src/server/modules/duplicates', 'bench/dedupe-truth.ts', 'bench/dedupe.bench.ts', 'bench/dedupe-db.ts').split('\n').filter(Boolean).map((l) => l.slice(3)) },
    options: { batchSize, minScore, maxBlockSize, ...(dbRun ? { pgOptions: args['pg-options'] ?? null } : {}) },
    truth: { truePairs: truth.size, roles: plan.roleCounts() },
    ...(dbRun
      ? {
          dataset: dbRun.dataset,
          // scanMs: services.duplicates.scan end to end (read + matching + pair insert); split: where it went.
          timing: { ...dbRun.timing, goalMs: 120_000, goalMet: wallMs <= 120_000 },
          scan: dbRun.scan,
          memory: { ...dbRun.memory, note: 'this process: for pglite the database too; for postgres not the server' },
          loadAverage: dbRun.loadAverage,
          sizesMiB: dbRun.sizesMiB,
        }
      : {
          timing: { generateMs: Math.round(generateMs), findMs: Math.round(wallMs), cpuMs: Math.round(cpuMs), loadMs: Math.round(stats!.loadMs), goalMs: 120_000, goalMet: wallMs <= 120_000 },
          memory: { rssBeforeMiB: mib(rssBefore), peakRssMiB: mib(peakRss), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) },
        }),
    pairs: pairs.length,
    scored: stats?.scored ?? null,
    passes: stats?.passes ?? null,
    quality: { atMinScore: main, thresholds, autoMerge, goals: { precision: 0.98, recall: 0.95, met: main.precision >= 0.98 && main.recall >= 0.95 } },
    recallByPerturbation: byPerturbation,
    falsePositivesByRoles,
    topFalsePositives,
  };

  const line = '─'.repeat(88);
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const verdict = `goal ≤ 120 s: ${wallMs <= 120_000 ? 'MET' : 'MISSED'}`;
  console.log(`\n${line}\nDEDUPE BENCH  ${dbRun ? `--db ${dbRun.engine} · ` : ''}${n.toLocaleString('en-US')} records · ${result.machine.nproc} cores · node ${process.version}`);
  if (dbRun) {
    const t = dbRun.timing, s = t.split;
    console.log(`engine: ${dbRun.engineVersion}`);
    console.log(`load: COPY ${t.loadTables.map((x) => `${x.table} ${x.rows.toLocaleString('en-US')} in ${secs(x.ms)}`).join(', ')} = ${secs(t.loadMs)} · vacuum analyze ${secs(t.vacuumAnalyzeMs)} · ${dbRun.dataset.nibRepeatsWithoutLicence} repeated NIBs stored without licence`);
    console.log(`scan: ${secs(wallMs)} wall (${verdict}), ${secs(cpuMs)} CPU in this process · peak RSS ${mib(peakRss)} MiB (before ${mib(rssBefore)} MiB) · ${dbRun.scan.candidates.toLocaleString('en-US')} candidates, ${dbRun.scan.newPairs.toLocaleString('en-US')} stored`);
    console.log(`  read ${secs(s.readMs)} (${s.readQueries} queries of ≤ ${REPOSITORY_BATCH.toLocaleString('en-US')}: first ${s.readBatchMs.first} ms, median ${s.readBatchMs.median} ms, max ${s.readBatchMs.max} ms) · matcher ${secs(s.matcherMs)} (load ${secs(s.matcherLoadMs)}, passes ${secs(s.matcherPassesMs)}) · insert ${secs(s.insertMs)} · other ${secs(s.beforeReadMs + s.afterInsertMs)}`);
    console.log(`load average: ${dbRun.loadAverage.beforeScan.join(' ')} before the scan, 1-min max ${dbRun.loadAverage.maxOneMinuteDuringScan} during, ${dbRun.loadAverage.afterScan.join(' ')} after`);
  } else {
    console.log(`find: ${secs(wallMs)} wall, ${secs(cpuMs)} CPU (${verdict}) · peak RSS ${mib(peakRss)} MiB (before ${mib(rssBefore)} MiB) · ${stats!.scored.toLocaleString('en-US')} pairs scored · ${pairs.length.toLocaleString('en-US')} proposed`);
    console.log(`passes: ${stats!.passes.map((p) => `${p.key} ${secs(p.ms)}/${p.scored.toLocaleString('en-US')} scored${p.subBlocked ? `/${p.subBlocked} sub-blocked` : ''}`).join(' · ')}`);
  }
  for (const t of thresholds) console.log(`  score ≥ ${t.threshold.toFixed(2)}: precision ${pct(t.precision)} · recall ${pct(t.recall)} · ${t.falsePositives} FP · ${t.pairs} pairs`);
  console.log(`goal at ${minScore}: precision ≥ 98 %, recall ≥ 95 %: ${result.quality.goals.met ? 'MET' : 'MISSED'}`);
  console.log(autoMerge ? `auto-merge (precision ≥ 99.9 %): score ≥ ${autoMerge.threshold} → precision ${pct(autoMerge.precision)}, recall ${pct(autoMerge.recall)}` : 'auto-merge: no threshold reaches 99.9 %');
  console.log(`recall by perturbation: ${Object.entries(byPerturbation).map(([p, v]) => `${p} ${pct(v.recall)}`).join(' · ')}`);
  console.log(`false positives by roles: ${JSON.stringify(falsePositivesByRoles)}\n${line}`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${outFile}`);
}

interface Measured {
  pairs: CandidatePair[];
  /** The finder's per-pass statistics (in memory only: the service does not return them). */
  stats: FindStats | null;
  generateMs: number;
  wallMs: number;
  cpuMs: number;
  rssBefore: number;
  peakRss: number;
}

/** The pure matcher over generated batches, in memory. */
async function inMemory(plan: ReturnType<typeof truthPlan>): Promise<Measured> {
  // Generated before timing (the generator is not what is measured) and held as one JSON text per batch, the
  // way rows wait in a database: each batch is parsed into fresh objects when the finder asks for it and
  // released after, as a cursor would, so peak RSS is the finder's, not the generator's.
  const tg = performance.now();
  const held: (string | null)[] = [];
  for (const b of plan.batches(batchSize)) held.push(JSON.stringify(b));
  const generateMs = performance.now() - tg;
  const batches = (function* () {
    for (let k = 0; k < held.length; k++) {
      const b = JSON.parse(held[k]!) as MatchRecord[];
      held[k] = null;
      yield b;
    }
  })();
  log(`generated in ${(generateMs / 1000).toFixed(1)} s; RSS ${mib(process.memoryUsage.rss())} MiB`);

  global.gc?.();
  const rssBefore = process.memoryUsage.rss();
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { pairs, stats } = await findDuplicatePairsWithStats(batches, { minScore, maxBlockSize });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000; // this process only: the machine is shared, wall time is not
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  log(`found ${pairs.length.toLocaleString('en-US')} pairs in ${(wallMs / 1000).toFixed(1)} s (load ${(stats.loadMs / 1000).toFixed(1)} s); peak RSS ${mib(peakRss)} MiB`);
  return { pairs, stats, generateMs, wallMs, cpuMs, rssBefore, peakRss };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** With --db: a run past --max-minutes, or interrupted, still drops its database (or deletes its data dir). */
async function abort(why: string, code: number) {
  console.error(`\n!! ${why}`);
  for (const cleanup of dbCleanups) await cleanup().catch((err) => console.error(err));
  process.exit(code);
}
if (engine) {
  setTimeout(() => void abort(`aborting: the run exceeded --max-minutes ${args['max-minutes']}`, 3), Number(args['max-minutes']) * 60_000).unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void abort(`${signal}: cleaning up`, 130));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
