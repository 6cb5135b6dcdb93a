/**
 * Registry under load on the embedded store (issue 11): 10 concurrent users run the registry's query mix
 * while one more runs the slowest query of that mix over and over; what counts is the latency the 10 see
 * (goal: p99 ≤ 200 ms).
 *
 *   npm run bench:registry-load                         # PGlite (worker thread), 30,000-business demo, 20 s
 *   npm run bench:registry-load -- --engine postgres    # the same on PostgreSQL (DATABASE_URL)
 *
 * A fresh database with the demo regency (bench/load-kit.ts), a real listening server, and the load generator
 * in a worker thread (bench/load-client.mjs). The mix, sent as an officer: list pages (1–5, a kecamatan), name
 * words, NIK prefixes (6, 8 and 12 digits) and whole NIKs, NIB prefixes, filters (sector + scale, status,
 * NIB, -NIB, HALAL, -HALAL with 100 rows a page) and business details. Every distinct request is first timed
 * once on the idle server, together with the head of office's 6-digit NIK search (the 46.8 s query of the
 * issue); the slowest becomes the heavy user's. JSON: bench/results/registry-load-<engine>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fmtMs, loads, log, mulberry32, now, round1 } from './bench-kit';
import { KW, type LoadRequest, machine, runLoad, startBenchServer } from './load-kit';

const HERE = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    businesses: { type: 'string', default: '30000' },
    users: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string' },
    label: { type: 'string' },
  },
});
const engine = args.engine as 'pglite' | 'postgres';
if (engine !== 'pglite' && engine !== 'postgres') throw new Error('--engine must be pglite or postgres');
const outFile = args.out ?? join(HERE, 'results', `registry-load-${engine}.json`);

const server = await startBenchServer({ engine, businesses: Number(args.businesses), seed: Number(args.seed), dbName: 'berdaya_bench_registry_load' });
try {
  const { cookies, sample } = server;
  const base = `/api/tenants/${KW}/businesses`;
  const officer = (name: string, query: string): LoadRequest => ({ name, path: `${base}?${query}`, cookie: cookies.officer });
  const mix: LoadRequest[] = [
    ...[1, 2, 3, 4, 5].map((p) => officer('list page', `page=${p}`)),
    ...sample.kecamatan.slice(0, 5).map((k) => officer('list kecamatan', `kecamatan=${k}`)),
    ...['kopi', 'keripik', 'warung', 'berkah', 'euis', 'batik', 'toko sembako'].map((w) => officer('q=name', `q=${encodeURIComponent(w)}`)),
    ...sample.niks.slice(0, 4).map((n) => officer('q=NIK 6 digits', `q=${n.slice(0, 6)}`)),
    ...sample.niks.slice(4, 8).map((n) => officer('q=NIK 8 digits', `q=${n.slice(0, 8)}`)),
    ...sample.niks.slice(8, 11).map((n) => officer('q=NIK 12 digits', `q=${n.slice(0, 12)}`)),
    ...sample.niks.slice(11, 14).map((n) => officer('q=NIK whole', `q=${n}`)),
    ...sample.nibs.slice(0, 3).map((n) => officer('q=NIB prefix', `q=${n.slice(0, 8)}`)),
    officer('filter sector+scale', 'sector=kuliner&scale=small'),
    officer('filter status', 'status=dormant'),
    officer('legality NIB', 'legality=NIB'),
    officer('legality -NIB', 'legality=-NIB'),
    officer('legality HALAL', 'legality=HALAL'),
    officer('legality -HALAL x100', 'legality=-HALAL&pageSize=100'),
    officer('legality -PIRT', 'legality=-PIRT&page=2'),
    ...sample.businessIds.slice(0, 15).map((id) => ({ name: 'business detail', path: `${base}/${id}`, cookie: cookies.officer })),
  ];
  // A seeded shuffle, so each user walks the same varied order from its own offset.
  const rng = mulberry32(Number(args.seed));
  for (let i = mix.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [mix[i], mix[j]] = [mix[j]!, mix[i]!];
  }

  // Each distinct request once on the idle server (after one unmeasured pass); the slowest is the heavy user's.
  const candidates: LoadRequest[] = [...mix, { name: 'head q=NIK 6 digits', path: `${base}?q=${sample.niks[0]!.slice(0, 6)}`, cookie: cookies.head }];
  const once = async (r: LoadRequest) => {
    const t0 = now();
    const res = await fetch(server.origin + r.path, { headers: { cookie: r.cookie! } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${r.path}: HTTP ${res.status}`);
    return now() - t0;
  };
  for (const r of candidates) await once(r);
  const idle = [];
  for (const [i, r] of candidates.entries()) idle.push({ i, name: r.name, path: r.path, ms: round1(await once(r)) });
  idle.sort((a, b) => b.ms - a.ms);
  const slowest = candidates[idle[0]!.i]!;
  log(`idle: slowest ${idle[0]!.name} ${idle[0]!.path.replace(base, '')} ${fmtMs(idle[0]!.ms)}; then ${idle.slice(1, 4).map((i) => `${i.name} ${fmtMs(i.ms)}`).join(', ')}`);

  const users = Number(args.users);
  const result = await runLoad(
    server.origin,
    [
      { name: 'others', concurrency: users, requests: mix },
      { name: 'heavy', concurrency: 1, requests: [{ ...slowest, name: `heavy: ${slowest.name}` }] },
    ],
    Number(args.seconds) * 1000,
    Number(args.warmup) * 1000,
  );
  const [others, heavy] = result.groups;
  log(`others (${users} users): ${others!.requests} requests, ${others!.reqPerS} req/s, p50 ${fmtMs(others!.p50)} p95 ${fmtMs(others!.p95)} p99 ${fmtMs(others!.p99)} max ${fmtMs(others!.max)}; status ${JSON.stringify(others!.status)}`);
  log(`heavy (1 user, ${slowest.name}): ${heavy!.requests} requests, p50 ${fmtMs(heavy!.p50)} p99 ${fmtMs(heavy!.p99)}`);
  for (const [name, s] of Object.entries(others!.byRequest).sort((a, b) => b[1].p99 - a[1].p99)) {
    log(`  ${name.padEnd(22)} n=${String(s.n).padStart(5)} p50 ${fmtMs(s.p50).padStart(9)} p95 ${fmtMs(s.p95).padStart(9)} p99 ${fmtMs(s.p99).padStart(9)}`);
  }
  log(`load average before ${result.loadBefore.join(' ')}, after ${result.loadAfter.join(' ')}`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    JSON.stringify(
      {
        bench: 'registry-load',
        label: args.label ?? null,
        machine: machine(),
        engine,
        businesses: Number(args.businesses),
        users,
        seconds: Number(args.seconds),
        warmupSeconds: Number(args.warmup),
        seedMs: Math.round(server.seedMs),
        goal: 'others p99 <= 200 ms',
        idleTimings: idle,
        heavyQuery: { name: slowest.name, path: slowest.path },
        ...result,
        loadAtEnd: loads(),
      },
      null,
      2,
    ) + '\n',
  );
  log(`wrote ${outFile}`);
} finally {
  await server.close();
}
