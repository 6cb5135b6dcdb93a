/**
 * API throughput on PostgreSQL (issue 11): 50 concurrent connections on a registry page, a business detail and
 * a follow-up worklist page, each beside /api/health (goal: ≥ 1,000 req/s with p99 ≤ 100 ms on 2 cores).
 *
 *   DATABASE_URL=postgresql://… npm run bench:api-throughput              # 30,000-business demo, 20 s a scenario
 *   npm run bench:api-throughput -- --engine pglite --seconds 10          # the embedded store, for comparison
 *
 * A fresh database with the demo regency and its programmes (so the worklist has tasks; bench/load-kit.ts),
 * a real listening server in this process and the load generator (bench/load-client.mjs, fetch with keep-alive)
 * in a worker thread, so client and server share the 2 cores as a separate load tool would. Scenarios run one
 * after the other, each with a short unmeasured warm-up: /api/health (no database), the registry's first page
 * (pages 1–5 in turn, as an officer), a business detail (200 businesses in turn), the worklist's first page
 * (limit 50, a kecamatan in turn). JSON: bench/results/api-throughput-<engine>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fmtMs, log } from './bench-kit';
import { KW, type LoadRequest, machine, runLoad, startBenchServer } from './load-kit';

const HERE = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    businesses: { type: 'string', default: '30000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string' },
    label: { type: 'string' },
  },
});
const engine = args.engine as 'pglite' | 'postgres';
if (engine !== 'pglite' && engine !== 'postgres') throw new Error('--engine must be pglite or postgres');
const outFile = args.out ?? join(HERE, 'results', `api-throughput-${engine}.json`);

const server = await startBenchServer({ engine, businesses: Number(args.businesses), seed: Number(args.seed), dbName: 'berdaya_bench_api_throughput', programmes: true });
try {
  const { cookies, sample } = server;
  const cookie = cookies.officer;
  const t = `/api/tenants/${KW}`;
  const scenarios: { name: string; requests: LoadRequest[] }[] = [
    { name: 'health', requests: [{ name: 'health', path: '/api/health' }] },
    { name: 'registry page', requests: [1, 2, 3, 4, 5].map((p) => ({ name: 'registry page', path: `${t}/businesses?page=${p}`, cookie })) },
    { name: 'business detail', requests: sample.businessIds.map((id) => ({ name: 'business detail', path: `${t}/businesses/${id}`, cookie })) },
    { name: 'worklist page', requests: sample.kecamatan.slice(0, 10).map((k) => ({ name: 'worklist page', path: `${t}/followup/worklist?kecamatan=${k}&limit=50`, cookie })) },
  ];
  const connections = Number(args.connections);
  const results = [];
  for (const s of scenarios) {
    const r = await runLoad(server.origin, [{ name: s.name, concurrency: connections, requests: s.requests }], Number(args.seconds) * 1000, Number(args.warmup) * 1000);
    const g = r.groups[0]!;
    log(`${s.name.padEnd(16)} ${String(g.reqPerS).padStart(7)} req/s  p50 ${fmtMs(g.p50).padStart(8)}  p99 ${fmtMs(g.p99).padStart(8)}  max ${fmtMs(g.max).padStart(8)}  status ${JSON.stringify(g.status)}${g.errors ? ` errors ${g.errors}: ${g.firstError}` : ''}  load ${r.loadBefore[0]}→${r.loadAfter[0]}`);
    results.push({ scenario: s.name, windowS: r.windowS, loadBefore: r.loadBefore, loadAfter: r.loadAfter, ...g });
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    JSON.stringify(
      { bench: 'api-throughput', label: args.label ?? null, machine: machine(), engine, businesses: Number(args.businesses), connections, seconds: Number(args.seconds), goal: '>= 1000 req/s, p99 <= 100 ms', results },
      null,
      2,
    ) + '\n',
  );
  log(`wrote ${outFile}`);
} finally {
  await server.close();
}
