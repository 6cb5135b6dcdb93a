/**
 * Duplicate-detection benchmark: generates the truth set (bench/dedupe-truth.ts: a synthetic Kabupaten Bandung
 * registry with known duplicates and hard negatives), runs findDuplicatePairs over it in batches of 10,000, and
 * reports wall time, peak RSS, pair count, and precision/recall at the default threshold and at the candidate
 * auto-merge thresholds.
 *
 *   npx tsx bench/dedupe.bench.ts                     # 1,000,000 records (the goal: ≤ 120 s on 2 cores)
 *   npx tsx bench/dedupe.bench.ts --records 100000    # quick mode
 *
 * Pure in memory for now (see --db). Results: bench/results/dedupe-<date>.json (-<n> appended when not 1 M).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MatchRecord } from '../src/server/modules/duplicates/match-score';
import { DEFAULT_MAX_BLOCK_SIZE, DEFAULT_MIN_SCORE, findDuplicatePairsWithStats } from '../src/server/modules/duplicates/pair-finder';
import { loadRegionDirectory } from '../src/server/modules/tenancy/regions';
import { pairKey, PERTURBATIONS, type Role, truthPlan } from './dedupe-truth';

const HERE = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '2026' },
    batch: { type: 'string', default: '10000' },
    'min-score': { type: 'string' },
    'max-block-size': { type: 'string' },
    db: { type: 'boolean', default: false },
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
  --db                (not yet) read the records from a database through the duplicates service
  --out FILE          JSON result path (bench/results/dedupe-<date>[-<n>].json)
  --label TEXT        free-text note stored in the JSON`);
  process.exit(0);
}
const n = Number(args.records.replace(/_/g, ''));
if (!Number.isInteger(n) || n < 2) throw new Error(`--records must be an integer ≥ 2, got ${args.records}`);
const seed = Number(args.seed);
const batchSize = Number(args.batch);
const minScore = args['min-score'] === undefined ? DEFAULT_MIN_SCORE : Number(args['min-score']);
const maxBlockSize = args['max-block-size'] === undefined ? DEFAULT_MAX_BLOCK_SIZE : Number(args['max-block-size']);
const date = new Date().toISOString().slice(0, 10);
const outFile = args.out ?? join(HERE, 'results', `dedupe-${date}${n === 1_000_000 ? '' : `-${n}`}.json`);

const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const git = (...a: string[]) => {
  try {
    return execFileSync('git', a, { cwd: join(HERE, '..'), encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

async function main() {
  const regions = await loadRegionDirectory();
  const plan = truthPlan(regions, n, seed);
  log(`dedupe bench: ${n.toLocaleString('en-US')} records, seed ${seed}, batches of ${batchSize}, minScore ${minScore}, maxBlockSize ${maxBlockSize}`);

  // --- the records ---------------------------------------------------------------------------------------------
  let batches: AsyncIterable<MatchRecord[]> | Iterable<MatchRecord[]>;
  let generateMs = 0;
  if (args.db) {
    // TODO(--db): once src/server/modules/duplicates/duplicates.service.ts exists: load the truth set into a fresh
    // database (as registry.bench.ts does with loadDemoRegistry: owners, businesses, NIB licences), then time the
    // service's scan, which streams MatchRecord batches from the database into findDuplicatePairs, instead of
    // the in-memory batches below. Precision/recall are computed the same way from the pairs it stores.
    throw new Error('--db is not implemented yet: the duplicates service does not exist (see the TODO in bench/dedupe.bench.ts)');
  } else {
    // Generated before timing (the generator is not what is measured) and held as one JSON text per batch, the
    // way rows wait in a database: each batch is parsed into fresh objects when the finder asks for it and
    // released after, as a cursor would, so peak RSS is the finder's, not the generator's.
    const t0 = performance.now();
    const held: (string | null)[] = [];
    for (const b of plan.batches(batchSize)) held.push(JSON.stringify(b));
    generateMs = performance.now() - t0;
    batches = (function* () {
      for (let k = 0; k < held.length; k++) {
        const b = JSON.parse(held[k]!) as MatchRecord[];
        held[k] = null;
        yield b;
      }
    })();
  }
  const truth = plan.truePairs();
  log(`generated in ${(generateMs / 1000).toFixed(1)} s; ${truth.size.toLocaleString('en-US')} true pairs; RSS ${mib(process.memoryUsage.rss())} MiB`);

  // --- the measured run ----------------------------------------------------------------------------------------
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
    bench: 'dedupe',
    records: n,
    seed,
    date: new Date().toISOString(),
    label: args.label ?? null,
    machine: { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30) },
    node: process.version,
    git: { head: git('rev-parse', '--short', 'HEAD') || 'unknown', dirty: git('status', '--porcelain', '--', 'src/server/modules/duplicates', 'bench/dedupe-truth.ts').split('\n').filter(Boolean).map((l) => l.slice(3)) },
    options: { batchSize, minScore, maxBlockSize },
    truth: { truePairs: truth.size, roles: plan.roleCounts() },
    timing: { generateMs: Math.round(generateMs), findMs: Math.round(wallMs), cpuMs: Math.round(cpuMs), loadMs: Math.round(stats.loadMs), goalMs: 120_000, goalMet: wallMs <= 120_000 },
    memory: { rssBeforeMiB: mib(rssBefore), peakRssMiB: mib(peakRss), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) },
    pairs: pairs.length,
    scored: stats.scored,
    passes: stats.passes,
    quality: { atMinScore: main, thresholds, autoMerge, goals: { precision: 0.98, recall: 0.95, met: main.precision >= 0.98 && main.recall >= 0.95 } },
    recallByPerturbation: byPerturbation,
    falsePositivesByRoles,
    topFalsePositives,
  };

  const line = '─'.repeat(88);
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  console.log(`\n${line}\nDEDUPE BENCH  ${n.toLocaleString('en-US')} records · ${result.machine.nproc} cores · node ${process.version}`);
  console.log(`find: ${(wallMs / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU (goal ≤ 120 s: ${wallMs <= 120_000 ? 'MET' : 'MISSED'}) · peak RSS ${result.memory.peakRssMiB} MiB (before ${result.memory.rssBeforeMiB} MiB) · ${stats.scored.toLocaleString('en-US')} pairs scored · ${pairs.length.toLocaleString('en-US')} proposed`);
  console.log(`passes: ${stats.passes.map((p) => `${p.key} ${(p.ms / 1000).toFixed(1)} s/${p.scored.toLocaleString('en-US')} scored${p.subBlocked ? `/${p.subBlocked} sub-blocked` : ''}`).join(' · ')}`);
  for (const t of thresholds) console.log(`  score ≥ ${t.threshold.toFixed(2)}: precision ${pct(t.precision)} · recall ${pct(t.recall)} · ${t.falsePositives} FP · ${t.pairs} pairs`);
  console.log(`goal at ${minScore}: precision ≥ 98 %, recall ≥ 95 %: ${result.quality.goals.met ? 'MET' : 'MISSED'}`);
  console.log(autoMerge ? `auto-merge (precision ≥ 99.9 %): score ≥ ${autoMerge.threshold} → precision ${pct(autoMerge.precision)}, recall ${pct(autoMerge.recall)}` : 'auto-merge: no threshold reaches 99.9 %');
  console.log(`recall by perturbation: ${Object.entries(byPerturbation).map(([p, v]) => `${p} ${pct(v.recall)}`).join(' · ')}`);
  console.log(`false positives by roles: ${JSON.stringify(falsePositivesByRoles)}\n${line}`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${outFile}`);
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
