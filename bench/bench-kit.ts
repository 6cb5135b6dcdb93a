/**
 * Small helpers the follow-up benches share: timing and formatting, load averages, order statistics,
 * a reproducible PRNG, loud checks and a watchdog that cleans up before aborting a run that hangs.
 * (The older registry/import benches still carry their own copies of the first few.)
 */
import { loadavg } from 'node:os';
import pg from 'pg';

export const now = () => performance.now();
export const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
export const fmtInt = (x: number) => Math.round(x).toLocaleString('en-US');
export const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);
export const round1 = (x: number) => Math.round(x * 10) / 10;
/** The 1/5/15-minute load averages, rounded: every figure is reported with the machine's load. */
export const loads = () => loadavg().map((x) => Math.round(x * 100) / 100);

/** Median of the samples (mean of the two middle ones for an even count). */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Fails the run loudly. */
export function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(`CHECK FAILED: ${what}`);
}

export type Rng = () => number;
/** mulberry32: a tiny seeded PRNG, for reproducible data and payloads. */
export const mulberry32 = (a: number): Rng => () => {
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Aborts the process after `maxMinutes`, running `cleanup` first (drop the bench database, remove temp dirs). */
export function startWatchdog(maxMinutes: number, cleanup: () => Promise<unknown>): void {
  const watchdog = setTimeout(() => {
    console.error(`\n!! aborting: the run exceeded --max-minutes ${maxMinutes}`);
    void cleanup().finally(() => process.exit(3));
  }, maxMinutes * 60_000);
  watchdog.unref();
}

/** Runs one statement on its own connection to the server (CREATE/DROP DATABASE cannot run in a pool's). */
export async function adminStatement(statement: string, url = process.env.DATABASE_URL): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}
