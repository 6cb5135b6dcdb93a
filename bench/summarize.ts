/**
 * Prints the results in bench/results as Markdown tables (for bench/README.md):
 *   npx tsx bench/summarize.ts [results-dir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Stats { n: number; p50: number; p95: number; p99: number; max: number }
interface Result {
  engine: string;
  businesses: number;
  date: string;
  git?: { head: string };
  variant?: string;
  load: { businessesPerSecond: number; rowsPerSecond: number; loadMs: number } | null;
  search: { overall: Stats; byClass: Record<string, Stats> };
  recap: { medianMs: number };
}

const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'results');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const results = files.map((f) => ({ file: f, r: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Result }));
const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

console.log('| result file | engine | businesses | code | load (businesses/s · rows/s) | search p50 | p95 | p99 | max | recap (median) |');
console.log('|---|---|---:|---|---|---:|---:|---:|---:|---:|');
for (const { file, r } of results) {
  const load = r.load ? `${Math.round(r.load.loadMs / 1000)} s (${r.load.businessesPerSecond.toLocaleString('en-US')} · ${r.load.rowsPerSecond.toLocaleString('en-US')})` : 'reused';
  const o = r.search.overall;
  console.log(
    `| ${file} | ${r.engine} | ${r.businesses.toLocaleString('en-US')} | ${r.git?.head ?? '?'}${r.variant === 'proposed' ? ' + proposed' : ''} | ${load} | ${fmt(o.p50)} | ${fmt(o.p95)} | ${fmt(o.p99)} | ${fmt(o.max)} | ${fmt(r.recap.medianMs)} |`,
  );
}

const classes = [...new Set(results.flatMap(({ r }) => Object.keys(r.search.byClass)))];
console.log(`\nSearch p95 per query class (ms):\n`);
console.log(`| class | ${results.map(({ file }) => file.replace(/^registry-|\.json$/g, '')).join(' | ')} |`);
console.log(`|---|${results.map(() => '---:').join('|')}|`);
for (const c of classes) console.log(`| ${c} | ${results.map(({ r }) => fmt(r.search.byClass[c]?.p95)).join(' | ')} |`);
