/**
 * Owner-portal benchmark: Lighthouse (mobile emulation, simulated slow-4G throttling, performance only) on
 * Debian's Chromium against the real server, plus the initial JavaScript of each page (gzip).
 *
 *   npx tsx bench/portal.bench.ts                 # builds dist/web if missing, 3 runs per page
 *   npx tsx bench/portal.bench.ts --build --runs 5 --gzip
 *
 * Starts `src/server/main.ts` on a throwaway PGlite directory (demo regency 32.04, a few businesses). Goals:
 * performance score ≥ 90 and initial JS ≤ 170 KB gzip per portal page. See bench/README.md.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist/web');
const PAGES = ['/portal', '/portal/masuk', '/portal/verifikasi/32.04/UNKNOWNCODE'];
const GOALS = { score: 90, jsGzipKb: 170 };

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    build: { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: false },
    'allow-fallback': { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    out: { type: 'string' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: npx tsx bench/portal.bench.ts [--runs N] [--build] [--gzip] [--allow-fallback] [--out FILE] [--label TEXT]
  --runs N          Lighthouse runs per page; the median run is reported (3)
  --build           run \`vite build\` first (otherwise only when dist/web/portal.html is missing)
  --gzip            put a gzip-compressing proxy in front of the server (what nginx or @fastify/compress would do)
  --allow-fallback  when the server answers /portal with the staff app, serve dist/web/portal.html from the proxy
  --chromium PATH   the browser (/usr/bin/chromium)`);
  process.exit(0);
}
const runs = Math.max(1, Number(args.runs));
const git = (...a: string[]) => { try { return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return ''; } };
const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src', 'portal.html', 'index.html', 'vite.config.ts').split('\n').filter(Boolean).map((l) => l.slice(3));
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

// --- build and the static view of the bundle ---------------------------------------------------------------------
if (args.build || !existsSync(join(DIST, 'portal.html'))) {
  console.log('building the web app (vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
const portalHtml = readFileSync(join(DIST, 'portal.html'), 'utf8');
/**
 * What every portal page loads before any route chunk, read from the build: portal.html's script and
 * modulepreloads, the app chunks the boot script imports (their "assets/…" names), and their static imports.
 */
const entryFiles: string[] = [];
const queue = [...portalHtml.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
for (let file = queue.shift(); file; file = queue.shift()) {
  if (entryFiles.includes(file)) continue;
  entryFiles.push(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  if (entryFiles.length === 1) queue.push(...[...code.matchAll(/"(assets\/[^"]+\.js)"/g)].map((m) => `/${m[1]}`));
  queue.push(...[...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => `/assets/${m[1]}`));
}
const entryGzip = entryFiles.reduce((s, f) => s + gz(join(DIST, f)), 0);

// --- the real server on a throwaway database --------------------------------------------------------------------
const freePort = () => new Promise<number>((res) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as AddressInfo).port; s.close(() => res(p)); }); });
const dataDir = mkdtempSync(join(tmpdir(), 'berdaya-portal-bench-'));
const port = await freePort();
const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: 'true', DEMO_BUSINESSES: '50', LOG_LEVEL: 'warn', DATABASE_URL: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let front: Server | undefined;
const cleanup = () => { server.kill('SIGTERM'); front?.close(); rmSync(dataDir, { recursive: true, force: true }); };
process.on('exit', cleanup);
const upstream = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (await fetch(`${upstream}/api/health`).then((r) => r.ok, () => false)) break;
  if (i > 240 || server.exitCode !== null) throw new Error('server did not start within 2 minutes');
  await new Promise((r) => setTimeout(r, 500));
}
const servesPortal = (await (await fetch(`${upstream}/portal/masuk`)).text()).includes('id="shell-tagline"');
if (!servesPortal && !args['allow-fallback']) throw new Error('the server answers /portal with the staff app: serve dist/web/portal.html for /portal/* (or pass --allow-fallback)');
const fallback = !servesPortal;

/**
 * A front proxy, only when asked (--gzip) or needed (--allow-fallback): gzips text responses the way a
 * reverse proxy would, and serves portal.html for /portal paths when the server does not yet.
 */
let base = upstream;
if (args.gzip || fallback) {
  front = createServer((req, res) => {
    const isPortalPage = /^\/portal(\/|$|\?)/.test(req.url ?? '');
    const zip = args.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status: number, headers: Record<string, unknown>, body: Buffer) => {
      const type = String(headers['content-type'] as string | undefined ?? '');
      const compress = zip && body.length > 512 && /text|javascript|json|svg|css/.test(type);
      const out = compress ? gzipSync(body) : body;
      const { 'content-length': _, 'transfer-encoding': __, ...rest } = headers;
      res.writeHead(status, { ...rest, 'content-length': out.length, ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      res.end(out);
    };
    if (fallback && isPortalPage) return send(200, { 'content-type': 'text/html; charset=utf-8' }, Buffer.from(portalHtml));
    const { 'accept-encoding': _, ...headers } = req.headers;
    const up = httpRequest(`${upstream}${req.url}`, { method: req.method, headers }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => send(r.statusCode ?? 502, r.headers, Buffer.concat(chunks)));
    });
    up.on('error', () => send(502, {}, Buffer.alloc(0)));
    req.pipe(up);
  });
  await new Promise<void>((res) => front!.listen(0, '127.0.0.1', res));
  base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
}

// --- Lighthouse -------------------------------------------------------------------------------------------------
interface Run { load: number; benchmarkIndex: number | null; score: number; fcp: number; lcp: number; tbt: number; cls: number; si: number; scripts: { url: string; transfer: number; gzip: number | null }[] }
const chromiumVersion = execFileSync(args.chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const chrome = await chromeLauncher.launch({ chromePath: args.chromium, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const results: Record<string, { runs: Run[]; median: Pick<Run, 'score' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'si'>; jsTransferBytes: number; jsGzipBytes: number; scripts: Run['scripts'] }> = {};
try {
  for (const path of PAGES) {
    const pageRuns: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (!result) throw new Error(`lighthouse gave no result for ${path}`);
      const { lhr } = result;
      const num = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
      const items = ((lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []);
      const scripts = items.filter((r) => r.resourceType === 'Script').map((r) => {
        const file = join(DIST, new URL(r.url).pathname);
        return { url: new URL(r.url).pathname, transfer: r.transferSize ?? 0, gzip: existsSync(file) ? gz(file) : null };
      });
      pageRuns.push({ load: Math.round(loadavg()[0]! * 10) / 10, benchmarkIndex: lhr.environment.benchmarkIndex ?? null, score: Math.round((lhr.categories.performance?.score ?? 0) * 100), fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), cls: num('cumulative-layout-shift'), si: num('speed-index'), scripts });
      if (lhr.runtimeError) console.warn(`  ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const m = (k: 'score' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'si') => median(pageRuns.map((r) => r[k]));
    const scripts = pageRuns[0]!.scripts;
    results[path] = {
      runs: pageRuns,
      median: { score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), si: m('si') },
      jsTransferBytes: scripts.reduce((s, r) => s + r.transfer, 0),
      jsGzipBytes: scripts.reduce((s, r) => s + (r.gzip ?? 0), 0),
      scripts,
    };
  }
} finally {
  chrome.kill();
}

// --- report -----------------------------------------------------------------------------------------------------
const rows = Object.entries(results).map(([path, r]) => ({
  page: path,
  score: r.median.score,
  'FCP s': (r.median.fcp / 1000).toFixed(2),
  'LCP s': (r.median.lcp / 1000).toFixed(2),
  'TBT ms': Math.round(r.median.tbt),
  CLS: r.median.cls.toFixed(3),
  'SI s': (r.median.si / 1000).toFixed(2),
  'JS gzip KB': kb(r.jsGzipBytes),
  'JS sent KB': kb(r.jsTransferBytes),
  scripts: r.scripts.length,
  goal: r.median.score >= GOALS.score && kb(r.jsGzipBytes) <= GOALS.jsGzipKb ? 'met' : 'MISSED',
}));
console.log(`\nportal bench: ${runs} run(s) per page, median run; ${args.gzip ? 'gzip proxy in front' : 'server as it is (no compression unless the server does it)'}${fallback ? ', portal.html served by the bench (fallback)' : ''}`);
console.table(rows);
console.log(`start-up JS of every portal page (from the build): ${entryFiles.length} files, ${kb(entryGzip)} KB gzip`);
console.log(`load average during the runs: ${Object.values(results).flatMap((r) => r.runs.map((x) => x.load)).join(', ')} (${cpus().length} cores; TBT grows with it)`);

const dateTag = new Date().toISOString().slice(0, 10);
const outFile = args.out ?? join(ROOT, 'bench/results', `portal-${dateTag}-${head}${dirty.length ? '-dirty' : ''}${args.gzip ? '-gzip' : ''}.json`);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify({
  bench: 'portal', date: new Date().toISOString(), label: args.label ?? null, commit: head, uncommittedWebFiles: dirty,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version },
  chromium: chromiumVersion, lighthouse: (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version,
  settings: { runs, formFactor: 'mobile', throttling: 'simulate (Lighthouse default: slow 4G, 4x CPU)', gzipProxy: args.gzip, portalHtmlFallback: fallback },
  goals: GOALS, entry: { files: entryFiles, gzipBytes: entryGzip }, pages: results, table: rows,
}, null, 2)}\n`);
console.log(`written ${outFile}`);
process.exit(rows.every((r) => r.goal === 'met') ? 0 : 1);
