/**
 * Follow-up sync benchmark (issue 5): one assistant's device syncs 500 queued check-ins, through the field
 * app's real sync queue (`createSyncQueue` + `createMemoryStore`, batches of 50) and `fetch` to a real
 * listening server (`app.listen({ port: 0 })`), logged in as the assistant.
 *
 *   npx tsx bench/followup-sync.bench.ts                       # both engines (PostgreSQL needs DATABASE_URL)
 *   npx tsx bench/followup-sync.bench.ts --engine pglite       # PGlite only
 *   npm run bench:followup-sync -- --engine postgres
 *
 * Per engine, a fresh database (PostgreSQL: berdaya_bench_followup_sync on the DATABASE_URL server, dropped at
 * the end unless --keep; PGlite: a temp data directory, deleted at the end), migrated, tenant 32.04, a demo
 * regency of --businesses businesses (demo generator through COPY, as registry.bench.ts loads it), VACUUM
 * (ANALYZE). The assistant covers the kecamatan with the most businesses and downloads its field pack
 * (GET …/followup/field-pack, as the app does); check-ins are built from the pack (the version the device
 * saw, sales and workers near the registry's). One unmeasured batch of 50 warms the server up; then three
 * scenarios, each on its own 500 businesses of that kecamatan, each a fresh device queue:
 *
 *   1. no photo: 500 check-ins (status, monthly sales, workers, channels, GPS, some needs/problems/licences);
 *   2. photo: the same with a ~60 KB JPEG-like data URL on each;
 *   3. fault: batches 1–3 go through; batch 4 reaches the server and is stored, but its reply is lost (the
 *      transport throws after the server answered: the connection cut mid-way); the run stops. A second
 *      sync resends batch 4 and the rest. Asserted: the first run stored 150 and failed, the resync
 *      answered exactly batch 4's 50 ids 'duplicate' and stored the other 350, and the database holds
 *      exactly 500 check-ins and 500 follow-up snapshots of those businesses.
 *
 * Every answer must be 'stored' (or the expected 'duplicate'): the bench fails loudly otherwise.
 * Results: printed and written to bench/results/followup-sync.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { adminStatement, check, fmtInt, fmtMs, loads, log, mulberry32, now, percentile, round1, startWatchdog } from './bench-kit';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { buildApp, createServices } from '../src/server/app';
import { configSchema } from '../src/server/config';
import { type Database, openPglite, openPostgres } from '../src/server/db/client';
import { arrayParam, queryRows } from '../src/server/db/query';
import { demoPlan } from '../src/server/modules/demo/demo-data';
import { loadDemoRegistry } from '../src/server/modules/demo/demo.repository';
import type { CheckinInput, FieldBusiness } from '../src/server/modules/followup/followup.schemas';
import { TOPICS } from '../src/server/modules/programmes/programme.table';
import { loadRegionDirectory } from '../src/server/modules/tenancy/regions';
import { createMemoryStore, createSyncQueue, type ServerAnswer, type SyncResult, type SyncTransport } from '../src/web/field/sync-queue';
import { gitState } from './git-state';

const KW = '32.04';
const HERE = dirname(fileURLToPath(import.meta.url));
const PASSWORD = 'bench-pendamping-123';

// --- arguments ----------------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    businesses: { type: 'string', default: '30000' },
    checkins: { type: 'string', default: '500' },
    batch: { type: 'string', default: '50' },
    'photo-kb': { type: 'string', default: '60' },
    'fail-after': { type: 'string', default: '3' },
    seed: { type: 'string', default: '2026' },
    'db-name': { type: 'string', default: 'berdaya_bench_followup_sync' },
    keep: { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '30' },
    out: { type: 'string' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: npx tsx bench/followup-sync.bench.ts [--engine pglite|postgres|both] [options]
  --engine E        pglite, postgres (needs DATABASE_URL) or both (default)
  --businesses N    size of the demo regency loaded first (30000); the assistant's kecamatan must hold 3 × --checkins + --batch
  --checkins C      check-ins queued on the device per scenario (500)
  --batch B         sync batch size (50, the app's)
  --photo-kb K      photo size in the photo scenario, decoded KB (60)
  --fail-after F    fault scenario: batches that succeed before the reply of the next one is lost (3)
  --seed S          demo generator and payload seed (2026)
  --db-name NAME    postgres: database to create and drop (berdaya_bench_followup_sync)
  --keep            keep the PostgreSQL database / PGlite data dir
  --max-minutes M   abort after M minutes (30)
  --out FILE        JSON path (bench/results/followup-sync.json)
  --label TEXT      free-text note stored in the JSON`);
  process.exit(0);
}

const engines = (args.engine === 'both' ? ['pglite', 'postgres'] : [args.engine]) as ('pglite' | 'postgres')[];
for (const e of engines) if (e !== 'pglite' && e !== 'postgres') throw new Error(`--engine must be pglite, postgres or both, got ${args.engine}`);
if (engines.includes('postgres') && !process.env.DATABASE_URL) {
  throw new Error('PostgreSQL needs DATABASE_URL (a server where the bench may create databases); or run --engine pglite');
}
const positive = (s: string, name: string) => {
  const v = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const regencySize = positive(args.businesses, 'businesses');
const perScenario = positive(args.checkins, 'checkins');
const batchSize = positive(args.batch, 'batch');
const photoBytes = positive(args['photo-kb'], 'photo-kb') * 1000;
const failAfter = positive(args['fail-after'], 'fail-after');
const seed = Number(args.seed);
const dbName = args['db-name'];
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`--db-name must be a plain lower-case identifier, got ${dbName}`);
if (Math.ceil(perScenario / batchSize) <= failAfter) throw new Error('--fail-after must leave at least one batch after the lost one');
const outFile = args.out ?? join(HERE, 'results', 'followup-sync.json');

// --- small helpers (the rest are in bench-kit.ts) -------------------------------------------------------------------

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: round1(percentile(s, 50)), p95: round1(percentile(s, 95)), max: round1(s[s.length - 1] ?? NaN), mean: round1(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

// --- database ------------------------------------------------------------------------------------------------------

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
startWatchdog(Number(args['max-minutes']), runCleanups);


interface Opened { database: Database; label: string; finish(): Promise<void> }

async function openBench(engine: 'pglite' | 'postgres'): Promise<Opened> {
  if (engine === 'postgres') {
    await adminStatement(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await adminStatement(`CREATE DATABASE ${dbName}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${dbName}`;
    // The server's own pool size (openDatabase → openPostgres default).
    const database = await openPostgres(url.toString());
    let closed = false;
    const drop = async () => {
      if (!closed) await database.close();
      closed = true;
      if (args.keep) return log(`kept database ${dbName}`);
      await adminStatement(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      log(`dropped database ${dbName}`);
    };
    cleanups.push(drop);
    return {
      database,
      label: url.toString().replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@'),
      async finish() {
        cleanups.splice(cleanups.indexOf(drop), 1);
        await drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'berdaya-followup-sync-pglite-'));
  const database = await openPglite({ dataDir: dir });
  let closed = false;
  const remove = async () => {
    if (!closed) await database.close();
    closed = true;
    let size = '';
    try {
      size = execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0]!;
    } catch { /* no du */ }
    if (args.keep) return log(`kept data dir ${dir} (${size})`);
    rmSync(dir, { recursive: true, force: true });
    log(`deleted data dir ${dir} (${size})`);
  };
  cleanups.push(remove);
  return {
    database,
    label: dir,
    async finish() {
      cleanups.splice(cleanups.indexOf(remove), 1);
      await remove();
    },
  };
}

// --- the device's check-ins ------------------------------------------------------------------------------------------

type Payload = Omit<CheckinInput, 'id' | 'licencesObtained' | 'needs' | 'confirmed'> & Partial<Pick<CheckinInput, 'licencesObtained' | 'needs' | 'confirmed'>>;

const DORMANT_REASONS = ['Modal habis, menunggu pinjaman KUR', 'Pemilik sakit', 'Sepi pembeli sejak harga bahan naik', 'Pemilik bekerja di pabrik sementara'];
const CLOSED_REASONS = ['Pindah ke luar kota', 'Tempat usaha digusur', 'Bangkrut, utang ke pemasok', 'Pemilik meninggal, tidak ada penerus'];
const PROBLEMS = ['Bahan baku (kedelai) mahal', 'Belum punya kemasan yang bagus', 'Sulit dapat modal tambahan', 'Pembeli online masih sedikit', 'Listrik sering padam'];
const PRODUCTS = ['Keripik pedas level', 'Kemasan 250 gram', 'Varian rasa balado', 'Paket hampers lebaran', 'Jasa antar via ojek online'];

/**
 * A JPEG-like data URL of `bytes` decoded bytes: SOI/APP0 header, random (incompressible, like a real JPEG's
 * entropy-coded data) body, EOI. The server checks the data URL form and the size, not the image.
 */
function fakeJpeg(bytes: number, r: () => number): string {
  const body = randomBytes(bytes);
  body.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00], 0);
  body.set([0xff, 0xd9], bytes - 2);
  body[20] = Math.floor(r() * 256); // vary the header a little, so no two are the same even with a weak random source
  return `data:image/jpeg;base64,${body.toString('base64')}`;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * What an assistant records at a visit, from the business as the field pack shows it: mostly still active with
 * sales and workers near the last known figures (so nothing is questioned), some dormant or closed with a reason.
 */
function checkinFor(b: FieldBusiness, today: string, r: () => number, photo: boolean): Payload {
  const pickOne = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const roll = r();
  const status: Payload['status'] =
    b.status === 'closed' ? (roll < 0.8 ? 'closed' : 'active')
      : b.status === 'dormant' ? (roll < 0.55 ? 'active' : roll < 0.9 ? 'dormant' : 'closed')
        : roll < 0.9 ? 'active' : roll < 0.97 ? 'dormant' : 'closed';
  // Visited in the last few days the device was offline; never before the year the business started.
  let visitedOn = addDays(today, -Math.floor(r() * 5));
  if (b.startYear !== null && Number(visitedOn.slice(0, 4)) < b.startYear) visitedOn = today;
  const prev = b.monthlySales;
  const round = (x: number) => Math.max(0, Math.round(x / 50_000) * 50_000);
  const monthlySales =
    status === 'closed' ? 0
      : status === 'dormant' ? round((prev ?? 3_000_000) * (0.1 + 0.4 * r()))
        : prev === null ? round(2_000_000 + r() * 13_000_000) : round(prev * Math.exp(0.25 * (r() + r() + r() - 1.5)));
  const jiggle = (n: number) => Math.max(0, n + (r() < 0.2 ? 1 : r() < 0.1 ? -1 : 0));
  const workersMale = status === 'closed' ? 0 : status === 'dormant' ? Math.min(b.workersMale, 1) : jiggle(b.workersMale);
  const workersFemale = status === 'closed' ? 0 : status === 'dormant' ? Math.min(b.workersFemale, 1) : jiggle(b.workersFemale);
  const channels = new Set(b.salesChannels.length ? b.salesChannels : ['offline' as const]);
  if (status === 'active' && r() < 0.15) channels.add(pickOne(['whatsapp', 'marketplace', 'instagram', 'tiktok'] as const));
  const held = new Set(b.licences);
  const licencesObtained = status === 'active' && r() < 0.06 ? (['NIB', 'PIRT', 'HALAL'] as const).filter((k) => !held.has(k)).slice(0, 1) : [];
  const needs = [...new Set(Array.from({ length: Math.floor(r() * 3) }, () => pickOne(TOPICS)))];
  const gps = r() < 0.85;
  return {
    businessId: b.id,
    taskId: null,
    baseVersion: b.version,
    visitedOn,
    status,
    statusReason: status === 'closed' ? pickOne(CLOSED_REASONS) : status === 'dormant' ? pickOne(DORMANT_REASONS) : null,
    monthlySales,
    workersMale,
    workersFemale,
    newProducts: status === 'active' && r() < 0.2 ? pickOne(PRODUCTS) : null,
    salesChannels: status === 'closed' ? [] : [...channels],
    licencesObtained,
    problems: r() < 0.3 ? pickOne(PROBLEMS) : null,
    needs,
    photo: photo ? fakeJpeg(photoBytes, r) : null,
    latitude: gps ? Math.round((-7.02 - 0.15 * r()) * 1e6) / 1e6 : null,
    longitude: gps ? Math.round((107.45 + 0.35 * r()) * 1e6) / 1e6 : null,
    confirmed: false,
  };
}

// --- the HTTP transport ---------------------------------------------------------------------------------------------

interface BatchTiming { batch: number; items: number; requestBytes: number; ms: number; lost?: boolean }

/**
 * The field app's transport (data/controller.ts): POST …/followup/sync with { checkins: [{ ...payload, id }] },
 * throwing on a non-2xx reply. Times each round trip (serialising the body, the request, the reply parsed).
 */
function httpTransport(base: string, cookie: string, timings: BatchTiming[], answersSeen: ServerAnswer[]): SyncTransport<Payload> {
  return {
    async send(batch) {
      const t = now();
      const body = JSON.stringify({ checkins: batch.map((item) => ({ ...item.payload, id: item.id })) });
      const res = await fetch(`${base}/api/tenants/${KW}/followup/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`sync: HTTP ${res.status} ${text.slice(0, 300)}`);
      const answers = (JSON.parse(text) as { answers: ServerAnswer[] }).answers;
      timings.push({ batch: timings.length + 1, items: batch.length, requestBytes: Buffer.byteLength(body), ms: now() - t });
      answersSeen.push(...answers);
      return answers;
    },
  };
}

/** Lets `okBatches` batches through, then sends the next one but throws after the server answered: the reply is lost. */
function losesReplyAfter(inner: SyncTransport<Payload>, okBatches: number, timings: BatchTiming[]) {
  let sent = 0;
  const lost: string[] = [];
  const transport: SyncTransport<Payload> = {
    async send(batch) {
      sent++;
      const answers = await inner.send(batch);
      if (sent === okBatches + 1) {
        lost.push(...batch.map((i) => i.id));
        timings[timings.length - 1]!.lost = true;
        throw new Error('connection reset by peer (the reply of a stored batch was lost)');
      }
      return answers;
    },
  };
  return { transport, lost };
}

// --- one engine ---------------------------------------------------------------------------------------------------

interface ScenarioResult {
  name: string;
  checkins: number;
  photoBytes: number;
  enqueueMs: number;
  syncMs: number;
  checkinsPerSecond: number;
  batches: number;
  batchMs: ReturnType<typeof stats>;
  requestBytesPerBatch: ReturnType<typeof stats>;
  results: SyncResult;
  resumed?: { syncMs: number; checkinsPerSecond: number; batches: number; batchMs: ReturnType<typeof stats>; results: SyncResult; duplicateIds: number };
  firstRun?: { syncMs: number; results: SyncResult; batchesSent: number };
  database: { checkins: number; followupSnapshots: number; photos: number };
  loadavgBefore: number[];
  loadavgAfter: number[];
}

async function runEngine(engine: 'pglite' | 'postgres', regions: Awaited<ReturnType<typeof loadRegionDirectory>>) {
  log(`── ${engine} ──`);
  const opened = await openBench(engine);
  const { database } = opened;
  const { db } = database;
  log(`database: ${opened.label}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'berdaya-followup-sync-data-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  cleanups.push(removeDataDir);
  const config = configSchema.parse({ LOG_LEVEL: 'silent', DEMO: 'false', DATA_DIR: dataDir, WEB_DIST_DIR: join(dataDir, 'no-web') });
  const services = createServices({ config, database, regions });

  const [versionRow] = await queryRows<{ version: string }>(db, sql`select version()`);
  const t0 = now();
  await database.migrate();
  await services.tenants.addTenant(KW);
  const counts = await loadDemoRegistry(database, demoPlan(regions, { kodeWilayah: KW, businesses: regencySize, seed }));
  await db.execute(sql`vacuum (analyze)`);
  const seedMs = now() - t0;
  log(`seeded ${fmtInt(counts.businesses)} businesses, ${fmtInt(counts.owners)} owners, ${fmtInt(counts.metrics)} snapshots in ${fmtMs(seedMs)} (COPY, demo generator)`);

  // The assistant covers the kecamatan with the most businesses.
  const [top] = await queryRows<{ kecamatan_code: string; n: string | number }>(db, sql`
    select kecamatan_code, count(*) as n from businesses where kode_wilayah = ${KW} and deleted_at is null
    group by kecamatan_code order by count(*) desc, kecamatan_code limit 1`);
  const kecamatan = top!.kecamatan_code;
  const inKecamatan = Number(top!.n);
  check(inKecamatan >= 3 * perScenario + batchSize, `kecamatan ${kecamatan} holds ${inKecamatan} businesses, fewer than 3 × ${perScenario} + ${batchSize}: raise --businesses`);
  const user = await services.auth.createUser({ username: 'pendamping', displayName: 'Pendamping Bench', password: PASSWORD });
  await services.auth.grantRole({ userId: user.id, kodeWilayah: KW, role: 'assistant', kecamatanCodes: [kecamatan] });
  log(`assistant of kecamatan ${kecamatan} (${regions.kecamatan(kecamatan)?.name}): ${fmtInt(inKecamatan)} businesses`);

  const app = await buildApp({ config, database, regions }, services);
  let appClosed = false;
  const closeApp = async () => {
    if (!appClosed) await app.close();
    appClosed = true;
  };
  cleanups.push(closeApp);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  log(`server listening on ${address}`);

  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'pendamping', password: PASSWORD }),
  });
  check(login.ok, `login: HTTP ${login.status}`);
  const session = login.headers.getSetCookie().find((c) => c.startsWith('berdaya_session='));
  check(!!session, 'login set no berdaya_session cookie');
  const cookie = session.split(';')[0]!;

  // The device downloads its pack, as the app does before going offline.
  const tPack = now();
  const packRes = await fetch(`${address}/api/tenants/${KW}/followup/field-pack`, { headers: { cookie, 'accept-encoding': 'gzip' } });
  const packText = await packRes.text();
  check(packRes.ok, `field-pack: HTTP ${packRes.status} ${packText.slice(0, 200)}`);
  const pack = JSON.parse(packText) as { today: string; businesses: FieldBusiness[] };
  const packMs = now() - tPack;
  log(`field pack: ${fmtInt(pack.businesses.length)} businesses, ${fmtInt(Buffer.byteLength(packText) / 1024)} KiB JSON, ${fmtMs(packMs)}`);
  check(pack.businesses.length === inKecamatan, `field pack holds ${pack.businesses.length} businesses, the kecamatan ${inKecamatan}`);

  // Disjoint, seeded samples of the kecamatan's businesses per scenario.
  const ordered = [...pack.businesses].sort((a, b) => {
    const ka = createHash('sha1').update(`${seed}:${a.id}`).digest('hex');
    const kb = createHash('sha1').update(`${seed}:${b.id}`).digest('hex');
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const samples = [0, 1, 2].map((i) => ordered.slice(i * perScenario, (i + 1) * perScenario));
  const warmupSample = ordered.slice(3 * perScenario, 3 * perScenario + batchSize);
  const r = mulberry32(seed);

  /** A fresh device: its queue holding one check-in per business of the sample. */
  async function device(sample: FieldBusiness[], photo: boolean, transport: SyncTransport<Payload>) {
    const store = createMemoryStore<Payload>();
    let clock = Date.parse(`${pack.today}T08:00:00+07:00`);
    const queue = createSyncQueue<Payload>({ store, transport, newId: uuidv7, now: () => new Date((clock += 1000)).toISOString(), batchSize });
    const t = now();
    for (const b of sample) await queue.enqueue(b.id, checkinFor(b, pack.today, r, photo));
    return { queue, store, enqueueMs: now() - t };
  }

  async function dbCounts(sample: FieldBusiness[]) {
    const ids = arrayParam(sample.map((b) => b.id));
    const [row] = await queryRows<{ checkins: string | number; snapshots: string | number; photos: string | number }>(db, sql`
      select (select count(*) from followup_checkins where kode_wilayah = ${KW} and business_id = any(${ids}::uuid[])) as checkins,
             (select count(*) from business_metrics where kode_wilayah = ${KW} and source = 'followup' and business_id = any(${ids}::uuid[])) as snapshots,
             (select count(*) from followup_photos f join followup_checkins c on c.kode_wilayah = f.kode_wilayah and c.id = f.checkin_id
               where c.kode_wilayah = ${KW} and c.business_id = any(${ids}::uuid[])) as photos`);
    return { checkins: Number(row!.checkins), followupSnapshots: Number(row!.snapshots), photos: Number(row!.photos) };
  }

  const failures = (answers: ServerAnswer[]) =>
    answers.filter((a) => a.result !== 'stored' && a.result !== 'duplicate').slice(0, 5).map((a) => JSON.stringify(a)).join('\n  ');

  async function plain(name: string, sample: FieldBusiness[], photo: boolean): Promise<ScenarioResult> {
    const timings: BatchTiming[] = [];
    const answers: ServerAnswer[] = [];
    const { queue, enqueueMs } = await device(sample, photo, httpTransport(address, cookie, timings, answers));
    const loadBefore = loads();
    log(`${name}: ${sample.length} check-ins queued in ${fmtMs(enqueueMs)}; syncing in batches of ${batchSize}…`);
    const t = now();
    const results = await queue.sync();
    const syncMs = now() - t;
    const loadAfter = loads();
    check(!results.failed && results.stored === sample.length && results.remaining === 0,
      `${name}: expected ${sample.length} stored, got ${JSON.stringify(results)}\n  ${failures(answers)}`);
    const inDb = await dbCounts(sample);
    check(inDb.checkins === sample.length && inDb.followupSnapshots === sample.length && inDb.photos === (photo ? sample.length : 0),
      `${name}: database holds ${JSON.stringify(inDb)}`);
    const out: ScenarioResult = {
      name, checkins: sample.length, photoBytes: photo ? photoBytes : 0, enqueueMs: Math.round(enqueueMs), syncMs: Math.round(syncMs),
      checkinsPerSecond: round1(sample.length / (syncMs / 1000)), batches: timings.length, batchMs: stats(timings.map((x) => x.ms)),
      requestBytesPerBatch: stats(timings.map((x) => x.requestBytes)), results, database: inDb, loadavgBefore: loadBefore, loadavgAfter: loadAfter,
    };
    log(`${name}: ${fmtMs(syncMs)} · ${out.checkinsPerSecond} check-ins/s · batch p50 ${fmtMs(out.batchMs.p50)} p95 ${fmtMs(out.batchMs.p95)} · ${fmtInt(out.requestBytesPerBatch.p50 / 1024)} KiB a batch · load ${loadBefore.join('/')}`);
    return out;
  }

  async function fault(name: string, sample: FieldBusiness[]): Promise<ScenarioResult> {
    const timings: BatchTiming[] = [];
    const answers: ServerAnswer[] = [];
    const inner = httpTransport(address, cookie, timings, answers);
    const cut = losesReplyAfter(inner, failAfter, timings);
    // One device, one store: the transport is switched back to a working one for the resync (the network came back).
    let current: SyncTransport<Payload> = cut.transport;
    const { queue, store, enqueueMs } = await device(sample, false, { send: (batch) => current.send(batch) });
    const loadBefore = loads();
    log(`${name}: ${sample.length} check-ins queued; the reply of batch ${failAfter + 1} will be lost…`);
    const t1 = now();
    const first = await queue.sync();
    const firstMs = now() - t1;
    const batchesSent = timings.length;
    const stored1 = failAfter * batchSize;
    check(first.failed && first.stored === stored1 && first.duplicates === 0 && first.remaining === sample.length - stored1,
      `${name}: first run expected failed with ${stored1} stored, got ${JSON.stringify(first)}\n  ${failures(answers)}`);
    check(cut.lost.length === batchSize, `${name}: ${cut.lost.length} ids in the lost batch`);
    const left = await store.all();
    check(left.every((i) => i.state === 'queued') && cut.lost.every((id) => left.some((i) => i.id === id && i.attempts === 1 && i.lastError)),
      `${name}: the lost batch is not back in the queue as expected`);
    const afterCut = await dbCounts(sample);
    check(afterCut.checkins === stored1 + batchSize, `${name}: after the cut the server holds ${afterCut.checkins} check-ins, expected ${stored1 + batchSize}`);
    log(`${name}: first run stopped after ${batchesSent} batches in ${fmtMs(firstMs)} (${first.stored} acknowledged, ${afterCut.checkins} on the server); resyncing…`);

    current = inner;
    const resumedTimings = timings.length;
    const answersBefore = answers.length;
    const t2 = now();
    const second = await queue.sync();
    const resumeMs = now() - t2;
    const loadAfter = loads();
    const resent = answers.slice(answersBefore);
    const dupIds = resent.filter((a) => a.result === 'duplicate').map((a) => a.id).sort();
    check(!second.failed && second.duplicates === batchSize && second.stored === sample.length - stored1 - batchSize && second.remaining === 0,
      `${name}: resync expected ${batchSize} duplicates and ${sample.length - stored1 - batchSize} stored, got ${JSON.stringify(second)}\n  ${failures(resent)}`);
    check(JSON.stringify(dupIds) === JSON.stringify([...cut.lost].sort()), `${name}: the ids answered 'duplicate' are not exactly the lost batch's`);
    const inDb = await dbCounts(sample);
    check(inDb.checkins === sample.length && inDb.followupSnapshots === sample.length,
      `${name}: after the resync the database holds ${JSON.stringify(inDb)}, expected exactly ${sample.length} check-ins and follow-up snapshots`);
    const [distinct] = await queryRows<{ n: string | number }>(db, sql`
      select count(distinct id) as n from followup_checkins where kode_wilayah = ${KW} and business_id = any(${arrayParam(sample.map((b) => b.id))}::uuid[])`);
    check(Number(distinct!.n) === sample.length, `${name}: ${distinct!.n} distinct check-in ids`);
    const resumed = timings.slice(resumedTimings);
    const out: ScenarioResult = {
      name, checkins: sample.length, photoBytes: 0, enqueueMs: Math.round(enqueueMs), syncMs: Math.round(firstMs + resumeMs),
      checkinsPerSecond: round1(sample.length / ((firstMs + resumeMs) / 1000)), batches: timings.length, batchMs: stats(timings.map((x) => x.ms)),
      requestBytesPerBatch: stats(timings.map((x) => x.requestBytes)),
      results: { ...second, stored: first.stored + second.stored },
      firstRun: { syncMs: Math.round(firstMs), results: first, batchesSent },
      resumed: {
        syncMs: Math.round(resumeMs), checkinsPerSecond: round1((sample.length - stored1) / (resumeMs / 1000)), batches: resumed.length,
        batchMs: stats(resumed.map((x) => x.ms)), results: second, duplicateIds: dupIds.length,
      },
      database: inDb, loadavgBefore: loadBefore, loadavgAfter: loadAfter,
    };
    log(`${name}: resumed sync ${fmtMs(resumeMs)} (${resumed.length} batches: ${second.duplicates} duplicate, ${second.stored} stored) · database: ${inDb.checkins} check-ins, ${inDb.followupSnapshots} follow-up snapshots · verified`);
    return out;
  }

  // One unmeasured batch first (on other businesses): a running server has its code compiled and its statements
  // planned; the first request of a fresh process is not what a device meets.
  const warm = { timings: [] as BatchTiming[], answers: [] as ServerAnswer[] };
  const warmDevice = await device(warmupSample, false, httpTransport(address, cookie, warm.timings, warm.answers));
  const warmResult = await warmDevice.queue.sync();
  check(!warmResult.failed && warmResult.stored === warmupSample.length, `warm-up: ${JSON.stringify(warmResult)}\n  ${failures(warm.answers)}`);
  log(`warm-up: ${warmupSample.length} check-ins in one batch, ${fmtMs(warm.timings[0]!.ms)} (not counted)`);

  const scenarios: ScenarioResult[] = [];
  scenarios.push(await plain('no-photo', samples[0]!, false));
  scenarios.push(await plain('photo', samples[1]!, true));
  scenarios.push(await fault('fault', samples[2]!));

  const [total] = await queryRows<{ n: string | number }>(db, sql`select count(*) as n from followup_checkins`);
  const expected = 3 * perScenario + warmupSample.length;
  check(Number(total!.n) === expected, `followup_checkins holds ${total!.n} rows, expected ${expected}`);
  const settingRows = await queryRows<{ name: string; setting: string; unit: string | null }>(db, sql`
    select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'jit', 'synchronous_commit', 'max_parallel_workers_per_gather')`);
  await closeApp();
  cleanups.splice(cleanups.indexOf(closeApp), 1);
  await opened.finish();
  cleanups.splice(cleanups.indexOf(removeDataDir), 1);
  removeDataDir();
  return {
    engine,
    engineVersion: versionRow?.version ?? 'unknown',
    settings: Object.fromEntries(settingRows.map((s) => [s.name, s.unit ? `${s.setting} ${s.unit}` : s.setting])),
    seed: { regencyBusinesses: counts.businesses, owners: counts.owners, snapshots: counts.metrics, ms: Math.round(seedMs) },
    kecamatan: { code: kecamatan, name: regions.kecamatan(kecamatan)?.name ?? kecamatan, businesses: inKecamatan },
    fieldPack: { businesses: pack.businesses.length, jsonKiB: Math.round(Buffer.byteLength(packText) / 1024), ms: Math.round(packMs) },
    warmup: { checkins: warmupSample.length, ms: Math.round(warm.timings[0]!.ms) },
    scenarios,
    checkinsInDatabase: Number(total!.n),
  };
}

// --- main ---------------------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  const git = gitState();
  const load0 = loads();
  log(`follow-up sync bench: engines ${engines.join(', ')} · ${perScenario} check-ins per scenario · batches of ${batchSize} · regency ${fmtInt(regencySize)} businesses · load ${load0.join('/')}`);
  log(`code: HEAD ${git.head}${git.dirtyServerFiles.length ? ` + ${git.dirtyServerFiles.length} uncommitted server files` : ' (clean server code)'}`);
  const regions = await loadRegionDirectory();
  const runs = [];
  for (const engine of engines) runs.push(await runEngine(engine, regions));

  const result = {
    bench: 'followup-sync',
    date: started.toISOString(),
    machine: { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), loadavgStart: load0, loadavgEnd: loads() },
    node: process.version,
    git,
    label: args.label ?? null,
    options: { checkinsPerScenario: perScenario, batchSize, photoBytes, failAfterBatches: failAfter, regencyBusinesses: regencySize, seed },
    notes: 'Client (sync queue + fetch) and server run in one Node process; PGlite runs in that process too.',
    runs,
  };

  const line = '─'.repeat(100);
  console.log(`\n${line}\nFOLLOW-UP SYNC BENCH  ${result.machine.nproc} cores · node ${process.version} · load ${load0.join('/')} → ${result.machine.loadavgEnd.join('/')}`);
  for (const run of runs) {
    console.log(`${run.engine}: ${run.engineVersion.split(' on ')[0]} · kecamatan ${run.kecamatan.name} (${fmtInt(run.kecamatan.businesses)} businesses) · field pack ${fmtMs(run.fieldPack.ms)}`);
    console.log(`  ${'scenario'.padEnd(10)}${'wall'.padStart(10)}${'chk/s'.padStart(8)}${'batch p50'.padStart(11)}${'p95'.padStart(10)}${'max'.padStart(10)}${'KiB/batch'.padStart(11)}   load`);
    for (const s of run.scenarios) {
      console.log(`  ${s.name.padEnd(10)}${fmtMs(s.syncMs).padStart(10)}${String(s.checkinsPerSecond).padStart(8)}${fmtMs(s.batchMs.p50).padStart(11)}${fmtMs(s.batchMs.p95).padStart(10)}${fmtMs(s.batchMs.max).padStart(10)}${fmtInt(s.requestBytesPerBatch.p50 / 1024).padStart(11)}   ${s.loadavgBefore[0]}`);
      if (s.resumed) {
        console.log(`    first run: ${fmtMs(s.firstRun!.syncMs)}, ${s.firstRun!.batchesSent} batches, ${s.firstRun!.results.stored} acknowledged, failed; resumed: ${fmtMs(s.resumed.syncMs)}, ${s.resumed.batches} batches (${s.resumed.results.duplicates} duplicate + ${s.resumed.results.stored} stored), batch p50 ${fmtMs(s.resumed.batchMs.p50)} p95 ${fmtMs(s.resumed.batchMs.p95)}; database ${s.database.checkins} check-ins: verified`);
      }
    }
  }
  console.log(line);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${outFile}`);
}

main()
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(err);
    await runCleanups();
    process.exit(1);
  });
