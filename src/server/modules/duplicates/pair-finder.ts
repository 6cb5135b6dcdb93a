/**
 * Finds likely duplicate pairs in a regency's registry without comparing every pair: records are grouped by
 * one blocking key at a time (a pass), and only records sharing a key are scored. Keys, in pass order:
 *
 * - `nik`, `phone`, `nib`: the identifiers (a duplicate usually keeps at least one);
 * - `desa_business`, `desa_owner`: the desa plus the canonical, word-sorted business or owner name
 *   (honorifics, legal forms, spelling variants and word order already ironed out);
 * - `kecamatan_initials`: the kecamatan plus the first letters of the owner's and the business's words.
 *   Typo-tolerant (a typo rarely hits a first letter, "Siti N." keeps its initials) and catches a duplicate
 *   entered under a neighbouring desa.
 *
 * Each pass hashes its key to 32 bits and radix-sorts row indexes by hash; runs of equal hashes are blocks
 * (a rare collision only merges two blocks). A pair whose rows already shared a key in an earlier pass was
 * scored there and is skipped, so a pair is scored once however many keys it shares. Blocks larger than
 * `maxBlockSize` (a placeholder phone typed for 5,000 owners, a clerk's dummy NIK) are sub-blocked, not
 * skipped: sorted by owner then business name, each row is compared with its next {@link SUB_BLOCK_WINDOW}.
 */
import { MatchColumns, type MatchRecord, reasonsOf, scoreAt, type ScoreOut } from './match-score';

/** A proposed duplicate: `a` < `b` (string order of ids). */
export interface CandidatePair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

export interface FindOptions {
  /** Pairs scoring below this are dropped (default {@link DEFAULT_MIN_SCORE}). */
  minScore: number;
  /** Blocks with more rows are sub-blocked by sorted neighbourhood (default {@link DEFAULT_MAX_BLOCK_SIZE}). */
  maxBlockSize?: number;
  /** When set, only pairs with at least one id in this set (an import's new records). */
  onlyInvolving?: ReadonlySet<string>;
}

/**
 * Worth a person's review. Calibrated on bench/dedupe-truth.ts: at 1 M records precision 99.2 %, recall 98.0 %
 * (goal ≥ 98 % / ≥ 95 %). For auto-merge use ≥ 0.95 (precision ≥ 99.9 %, recall 83 %; never on names alone,
 * see NAMES_ONLY_CAP). Figures in bench/README.md.
 */
export const DEFAULT_MIN_SCORE = 0.5;
/** Largest block compared all-pairs: 300 rows = 44,850 pairs. */
export const DEFAULT_MAX_BLOCK_SIZE = 300;
/** Neighbours each row of an oversized block is compared with. */
export const SUB_BLOCK_WINDOW = 20;

export const BLOCKING_KEYS = ['nik', 'phone', 'nib', 'desa_business', 'desa_owner', 'kecamatan_initials'] as const;
export type BlockingKey = (typeof BLOCKING_KEYS)[number];

/** What a run did, per pass: for the benchmark and the scan log. */
export interface FindStats {
  records: number;
  passes: { key: BlockingKey; blocks: number; largestBlock: number; subBlocked: number; scored: number; proposed: number; ms: number }[];
  scored: number;
  loadMs: number;
  totalMs: number;
}

/**
 * Finds likely duplicate pairs, sorted by descending score. Records arrive in batches (the service streams them
 * from the database); they are kept column-wise with their canonical names (peak ~0.6 KB a record: ~560 MB at
 * 1 M). Yields to the event loop every few milliseconds so that a scan inside the server does not stall requests.
 */
export async function findDuplicatePairs(
  batches: AsyncIterable<MatchRecord[]> | Iterable<MatchRecord[]>,
  opts?: Partial<FindOptions>,
): Promise<CandidatePair[]> {
  return (await findDuplicatePairsWithStats(batches, opts)).pairs;
}

/** {@link findDuplicatePairs} with per-pass statistics. */
export async function findDuplicatePairsWithStats(
  batches: AsyncIterable<MatchRecord[]> | Iterable<MatchRecord[]>,
  opts: Partial<FindOptions> = {},
): Promise<{ pairs: CandidatePair[]; stats: FindStats }> {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const maxBlock = Math.max(2, opts.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE);
  const t0 = performance.now();
  const c = new MatchColumns();
  let lastYield = performance.now();
  const breathe = async () => {
    if (performance.now() - lastYield < 20) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    lastYield = performance.now();
  };
  for await (const batch of batches) {
    for (const r of batch) c.push(r);
    await breathe();
  }
  const n = c.size;
  const loadMs = performance.now() - t0;

  let involved: Uint8Array | null = null;
  if (opts.onlyInvolving) {
    involved = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (opts.onlyInvolving.has(c.ids[i]!)) involved[i] = 1;
  }
  const earlier: Uint32Array[] = [];
  const found = { i: [] as number[], j: [] as number[], score: [] as number[], mask: [] as number[] };
  const seen = new Set<number>(); // pairs proposed already (a sub-blocked pair can come back in a later pass)
  const out: ScoreOut = { score: 0, mask: 0 };
  const stats: FindStats = { records: n, passes: [], scored: 0, loadMs, totalMs: 0 };

  for (const key of BLOCKING_KEYS) {
    const started = performance.now();
    const pass = { key, blocks: 0, largestBlock: 0, subBlocked: 0, scored: 0, proposed: 0, ms: 0 };
    const h = keyHashes(c, key);
    const order = radixOrder(h);
    const consider = (i: number, j: number) => {
      if (involved && !involved[i] && !involved[j]) return;
      for (const e of earlier) if (e[i] !== 0 && e[i] === e[j]) return;
      pass.scored++;
      if (scoreAt(c, i, j, out, minScore).score < minScore) return;
      const lo = Math.min(i, j), hi = Math.max(i, j);
      if (seen.has(lo * n + hi)) return;
      seen.add(lo * n + hi);
      found.i.push(lo), found.j.push(hi), found.score.push(out.score), found.mask.push(out.mask);
      pass.proposed++;
    };
    for (let s = 0; s < order.length; ) {
      const hash = h[order[s]!]!;
      let e = s + 1;
      while (e < order.length && h[order[e]!] === hash) e++;
      const size = e - s;
      if (size > 1) {
        pass.blocks++;
        pass.largestBlock = Math.max(pass.largestBlock, size);
        if (size <= maxBlock) {
          for (let x = s; x < e; x++) for (let y = x + 1; y < e; y++) consider(order[x]!, order[y]!);
        } else {
          pass.subBlocked++;
          const rows = Array.from(order.subarray(s, e)).sort((p, q) => cmp(c.ownerSorted[p]!, c.ownerSorted[q]!) || cmp(c.bizSorted[p]!, c.bizSorted[q]!));
          for (let x = 0; x < size; x++) for (let y = x + 1; y < Math.min(size, x + 1 + SUB_BLOCK_WINDOW); y++) consider(rows[x]!, rows[y]!);
          for (const r of rows) h[r] = 0; // not all its pairs were scored: later passes must not skip them
        }
      }
      s = e;
      await breathe();
    }
    earlier.push(h);
    pass.ms = Math.round(performance.now() - started);
    stats.passes.push(pass);
    stats.scored += pass.scored;
  }

  const order = found.score.map((_, k) => k).sort((p, q) => found.score[q]! - found.score[p]!);
  const pairs = order.map((k): CandidatePair => {
    const ia = c.ids[found.i[k]!]!, ib = c.ids[found.j[k]!]!;
    return { a: ia < ib ? ia : ib, b: ia < ib ? ib : ia, score: round4(found.score[k]!), reasons: reasonsOf(found.mask[k]!) };
  });
  stats.totalMs = Math.round(performance.now() - t0);
  return { pairs, stats };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** FNV-1a, continued from `h`. */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h >>> 0;
}

/** 32-bit hash of each row's key of this kind; 0 = the row has no such key. */
function keyHashes(c: MatchColumns, key: BlockingKey): Uint32Array {
  const n = c.size;
  const h = new Uint32Array(n);
  const col = key === 'nik' ? c.nik : key === 'phone' ? c.phone : key === 'nib' ? c.nib : key === 'desa_business' ? c.bizSorted : c.ownerSorted;
  for (let i = 0; i < n; i++) {
    let v: number;
    if (key === 'kecamatan_initials') {
      v = fnv(initials(c.bizSorted[i]!), fnv(initials(c.ownerSorted[i]!), fnv(c.places[c.kec[i]!]!)));
    } else {
      const s = col[i]!;
      if (!s) continue;
      v = key === 'desa_business' || key === 'desa_owner' ? fnv(s, fnv(c.places[c.desa[i]!]!)) : fnv(s);
    }
    h[i] = v === 0 ? 1 : v;
  }
  return h;
}

/** "nurhaliza siti" → "ns|": first letters of the (already sorted) words. */
function initials(s: string): string {
  let out = s.charAt(0);
  for (let k = s.indexOf(' '); k >= 0; k = s.indexOf(' ', k + 1)) out += s.charAt(k + 1);
  return out + '|';
}

/** Row indexes with a key (hash ≠ 0), ordered by hash: two 16-bit LSD counting-sort passes, no comparisons. */
function radixOrder(h: Uint32Array): Uint32Array {
  let m = 0;
  for (let i = 0; i < h.length; i++) if (h[i] !== 0) m++;
  let a = new Uint32Array(m);
  let b = new Uint32Array(m);
  for (let i = 0, k = 0; i < h.length; i++) if (h[i] !== 0) a[k++] = i;
  for (const shift of [0, 16]) {
    const count = new Uint32Array(65537);
    for (let k = 0; k < m; k++) count[((h[a[k]!]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 65536; d++) count[d + 1]! += count[d]!;
    for (let k = 0; k < m; k++) b[count[(h[a[k]!]! >>> shift) & 0xffff]!++] = a[k]!;
    [a, b] = [b, a];
  }
  return a;
}
