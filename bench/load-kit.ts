/**
 * What bench/registry-load.bench.ts and bench/api-throughput.bench.ts share: a fresh database of either engine
 * with the demo regency (the demo generator through COPY, then the demo seed's VACUUM ANALYZE), a real listening
 * server (`buildApp` + `listen`), signed-in officer and head sessions, a sample of identifiers to search, and
 * the load generator (bench/load-client.mjs) in a worker thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { buildApp, createServices } from '../src/server/app';
import { configSchema } from '../src/server/config';
import { type Database, openPglite, openPostgres } from '../src/server/db/client';
import { queryRows } from '../src/server/db/query';
import { demoPlan } from '../src/server/modules/demo/demo-data';
import { loadDemoRegistry, refreshDemoStatistics } from '../src/server/modules/demo/demo.repository';
import { demoProgrammeSeeder } from '../src/server/modules/demo/demo-programmes';
import { createPortalRepository } from '../src/server/modules/portal/portal.repository';
import { loadRegionDirectory } from '../src/server/modules/tenancy/regions';
import { adminStatement, fmtMs, loads, log, now, percentile, round1 } from './bench-kit';
import { gitState } from './git-state';

export const KW = '32.04';
const PASSWORD = 'Bench-Kopi-Malabar-Cangkuang-2026';

export interface BenchServer {
  origin: string;
  engine: 'pglite' | 'postgres';
  cookies: { officer: string; head: string };
  sample: { niks: string[]; businessIds: string[]; nibs: string[]; kecamatan: string[] };
  seedMs: number;
  close(): Promise<void>;
}


/** Opens a fresh database, seeds the demo regency, starts the server and signs in an officer and a head. */
export async function startBenchServer(opts: {
  engine: 'pglite' | 'postgres';
  businesses: number;
  seed: number;
  dbName: string;
  /** Also seed the demo programmes (batches, participants, follow-up tasks: the worklist has rows). */
  programmes?: boolean;
}): Promise<BenchServer> {
  const regions = await loadRegionDirectory();
  const tmp = mkdtempSync(join(tmpdir(), `berdaya-bench-${opts.engine}-`));
  let database: Database;
  if (opts.engine === 'postgres') {
    if (!process.env.DATABASE_URL) throw new Error('PostgreSQL needs DATABASE_URL');
    await adminStatement(`DROP DATABASE IF EXISTS ${opts.dbName} WITH (FORCE)`);
    await adminStatement(`CREATE DATABASE ${opts.dbName}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${opts.dbName}`;
    database = await openPostgres(url.toString());
  } else {
    database = await openPglite({ dataDir: join(tmp, 'pglite') });
  }
  const config = configSchema.parse({ LOG_LEVEL: 'silent', DEMO: 'false', DATA_DIR: tmp, WEB_DIST_DIR: join(tmp, 'no-web') });
  const services = createServices({ config, database, regions });
  const t0 = now();
  await database.migrate();
  await services.tenants.addTenant(KW);
  const counts = await loadDemoRegistry(database, demoPlan(regions, { kodeWilayah: KW, businesses: opts.businesses, seed: opts.seed }));
  await refreshDemoStatistics(database);
  const seedMs = now() - t0;
  log(`${opts.engine}: seeded ${counts.businesses} businesses in ${fmtMs(seedMs)} (COPY + VACUUM ANALYZE)`);

  for (const [username, role] of [['petugas', 'officer'], ['kadis', 'head']] as const) {
    const user = await services.auth.createUser({ username, displayName: `Bench ${role}`, password: PASSWORD });
    await services.auth.grantRole({ userId: user.id, kodeWilayah: KW, role });
  }
  if (opts.programmes) {
    const user = await services.auth.createUser({ username: 'admin', displayName: 'Bench admin', password: PASSWORD, isSuperadmin: true });
    const actor = { userId: user.id, username: user.username, displayName: user.displayName, isSuperadmin: true, locale: 'id', memberships: [] };
    const t1 = now();
    await demoProgrammeSeeder(database, services, createPortalRepository(database.db), regions, KW)(actor);
    log(`seeded the demo programmes in ${fmtMs(now() - t1)}`);
  }
  const { db } = database;
  const niks = (await queryRows<{ nik: string }>(db, sql`select nik from owners where kode_wilayah = ${KW} and nik is not null order by id limit 40`)).map((r) => r.nik);
  const businessIds = (await queryRows<{ id: string }>(db, sql`select id from businesses where kode_wilayah = ${KW} and deleted_at is null order by md5(id::text) limit 200`)).map((r) => r.id);
  const nibs = (await queryRows<{ number: string }>(db, sql`select number from licences where kode_wilayah = ${KW} and kind = 'NIB' order by id limit 20`)).map((r) => r.number);
  const kecamatan = regions.kecamatanOf(KW).map((k) => k.code);

  const app = await buildApp({ config, database, regions }, services);
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = async (username: string) => {
    const res = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('berdaya_session='));
    if (!res.ok || !cookie) throw new Error(`login ${username}: HTTP ${res.status}`);
    return cookie.split(';')[0]!;
  };
  const cookies = { officer: await login('petugas'), head: await login('kadis') };
  log(`server listening on ${origin}`);
  return {
    origin,
    engine: opts.engine,
    cookies,
    sample: { niks, businessIds, nibs, kecamatan },
    seedMs,
    async close() {
      await app.close();
      await database.close();
      if (opts.engine === 'postgres') await adminStatement(`DROP DATABASE IF EXISTS ${opts.dbName} WITH (FORCE)`);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface LoadRequest { name: string; path: string; cookie?: string }
export interface LoadGroup { name: string; concurrency: number; requests: LoadRequest[] }
interface RawResult { results: { name: string; byRequest: Record<string, { ms: number[]; status: Record<string, number> }>; errors: number; firstError: string | null }[]; windowMs: number }

/** Latency statistics of a set of samples, in ms. */
export function latency(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: round1(percentile(s, 50)), p95: round1(percentile(s, 95)), p99: round1(percentile(s, 99)), max: round1(s[s.length - 1] ?? NaN) };
}

/** Runs the load generator in a worker thread; per group, the latencies overall and per request name. */
export async function runLoad(origin: string, groups: LoadGroup[], durationMs: number, warmupMs: number) {
  const loadBefore = loads();
  const raw = await new Promise<RawResult>((resolve, reject) => {
    const w = new Worker(new URL('./load-client.mjs', import.meta.url), { workerData: { origin, durationMs, warmupMs, groups } });
    w.once('message', resolve);
    w.once('error', reject);
  });
  const seconds = raw.windowMs / 1000;
  return {
    windowS: round1(seconds),
    loadBefore,
    loadAfter: loads(),
    groups: raw.results.map((g) => {
      const all = Object.values(g.byRequest).flatMap((r) => r.ms);
      const status: Record<string, number> = {};
      for (const r of Object.values(g.byRequest)) for (const [k, v] of Object.entries(r.status)) status[k] = (status[k] ?? 0) + v;
      return {
        name: g.name,
        requests: all.length,
        reqPerS: round1(all.length / seconds),
        errors: g.errors,
        firstError: g.firstError,
        status,
        ...latency(all),
        byRequest: Object.fromEntries(Object.entries(g.byRequest).map(([k, r]) => [k, { ...latency(r.ms), reqPerS: round1(r.ms.length / seconds), status: r.status }])),
      };
    }),
  };
}

/** The machine and code a figure was taken on. */
export function machine() {
  return { nproc: cpus().length, cpu: cpus()[0]?.model, memGiB: round1(totalmem() / 2 ** 30), node: process.version, git: gitState(), at: new Date().toISOString() };
}
