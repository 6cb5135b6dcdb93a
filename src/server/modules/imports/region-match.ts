import type { Region, RegionDirectory } from '../tenancy/regions';

/**
 * Matching the kecamatan and desa names people type in spreadsheets ("Kec. Karang Penang",
 * "DS CIMEKAR", "Cileuny") to official region codes of one regency. Exact matches are map look-ups;
 * the fuzzy fallback runs only on a miss and is cached per text, because a file repeats the same few
 * dozen names thousands of times.
 */

/** The outcome of matching one name: a region (`exact: false` when found by spelling distance), several, or none. Cached and shared: do not mutate. */
export type RegionMatch =
  | { status: 'ok'; code: string; name: string; exact: boolean }
  | { status: 'ambiguous'; candidates: { code: string; name: string }[] }
  | { status: 'unknown' };

/** Name look-ups inside one regency. */
export interface RegionMatcher {
  /** A kecamatan of the regency, by name or code. */
  kecamatan(text: string): RegionMatch;
  /** desa inside a kecamatan, or anywhere in the regency when kecamatanCode is null (a unique hit also tells the kecamatan: code prefix) */
  desa(text: string, kecamatanCode: string | null): RegionMatch;
}

// Administrative words written before names. Stripped only as whole words: real villages are named
// "Kelurahan", "Kabupaten" or "Desa Baru", which is why the raw name is looked up first.
const PREFIX = /^(?:(?:kecamatan|kelurahan|kabupaten|desa|kec|kel|kab|ds)(?![a-z])\.?\s*\/?\s*)+/;

/** The raw key of a name: lower-case letters and digits only ("Kec. Karang-Penang" → "keckarangpenang"). */
export function regionKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The key without administrative prefixes ("Kec. Karang Penang" → "karangpenang"). */
export function strippedRegionKey(text: string): string {
  const stripped = text.toLowerCase().trim().replace(PREFIX, '');
  return regionKey(stripped) || regionKey(text);
}

/** Regions of one scope (the regency's kecamatan, one kecamatan's desa, or all desa of the regency). */
class Scope {
  private readonly byRaw = new Map<string, Region[]>();
  private readonly byStripped = new Map<string, Region[]>();
  private readonly byCode = new Map<string, Region>();
  private readonly fuzzyKeys: { key: string; region: Region }[] = [];
  private readonly cache = new Map<string, RegionMatch>();

  constructor(regions: Region[]) {
    for (const r of regions) {
      push(this.byRaw, regionKey(r.name), r);
      const stripped = strippedRegionKey(r.name);
      push(this.byStripped, stripped, r);
      this.byCode.set(r.code.replaceAll('.', ''), r);
      this.fuzzyKeys.push({ key: stripped, region: r });
    }
  }

  match(text: string): RegionMatch {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const result = this.compute(text);
    // Files repeat names, but a hostile file could send endless distinct junk: keep the cache bounded.
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(text, result);
    return result;
  }

  private compute(text: string): RegionMatch {
    const raw = regionKey(text);
    if (!raw) return { status: 'unknown' };
    if (/^\d+$/.test(raw)) {
      // A code ("32.04.05" or "320405") is accepted only in its dotted or plain official form.
      const region = /^[\d.\s]+$/.test(text.trim()) ? this.byCode.get(raw) : undefined;
      return region ? ok(region, true) : { status: 'unknown' };
    }
    const hits = this.byRaw.get(raw) ?? this.byStripped.get(strippedRegionKey(text));
    if (hits) return hits.length === 1 ? ok(hits[0]!, true) : ambiguous(hits);
    return this.fuzzy(strippedRegionKey(text));
  }

  /** The unique closest name within the allowed distance; ties are ambiguous, never a coin toss. */
  private fuzzy(key: string): RegionMatch {
    if (key.length < 3) return { status: 'unknown' }; // "Ds" or "X": too little to guess from
    let best = Infinity;
    let found: Region[] = [];
    for (const { key: candidate, region } of this.fuzzyKeys) {
      const limit = Math.min(candidate.length <= 6 ? 1 : 2, best);
      if (Math.abs(candidate.length - key.length) > limit) continue;
      const d = boundedDistance(key, candidate, limit);
      if (d > limit) continue;
      if (d < best) {
        best = d;
        found = [region];
      } else if (!found.includes(region)) found.push(region);
    }
    if (found.length === 0) return { status: 'unknown' };
    return found.length === 1 ? ok(found[0]!, false) : ambiguous(found);
  }
}

/**
 * Builds the matcher for one regency. Precomputes normalised names of its kecamatan and desa; the
 * per-kecamatan desa scopes are built on first use.
 */
export function createRegionMatcher(regions: RegionDirectory, regencyCode: string): RegionMatcher {
  const kecamatanList = regions.kecamatanOf(regencyCode);
  const kecamatanScope = new Scope(kecamatanList);
  const regencyDesa = new Scope(kecamatanList.flatMap((k) => regions.desaOf(k.code)));
  const desaScopes = new Map<string, Scope>();
  const inRegency = new Set(kecamatanList.map((k) => k.code));
  return {
    kecamatan: (text) => kecamatanScope.match(text),
    desa(text, kecamatanCode) {
      if (kecamatanCode === null) return regencyDesa.match(text);
      if (!inRegency.has(kecamatanCode)) return { status: 'unknown' };
      let scope = desaScopes.get(kecamatanCode);
      if (!scope) {
        scope = new Scope(regions.desaOf(kecamatanCode));
        desaScopes.set(kecamatanCode, scope);
      }
      return scope.match(text);
    },
  };
}

/**
 * Kecamatan codes other than `own` where a desa name is found: spelled exactly (even when several
 * kecamatan have it), or also by spelling distance when `evenFuzzy`. Tells "wrong kecamatan" from "typo".
 */
export function desaElsewhere(matcher: RegionMatcher, text: string, own: string, evenFuzzy: boolean): string[] {
  const m = matcher.desa(text, null);
  if (m.status === 'unknown') return [];
  const raw = regionKey(text);
  const stripped = strippedRegionKey(text);
  const isExact = (name: string) => regionKey(name) === raw || strippedRegionKey(name) === stripped;
  const found = m.status === 'ok' ? [{ code: m.code, exact: m.exact }] : m.candidates.map((c) => ({ code: c.code, exact: isExact(c.name) }));
  const codes = found.filter((c) => evenFuzzy || c.exact).map((c) => c.code.slice(0, 8));
  return [...new Set(codes)].filter((k) => k !== own);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so "Cileunyi" ↔
 * "Cilenuyi" is 1), giving up as soon as every cell of a row exceeds `limit`.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const n = b.length;
  // Three rolling rows, reused across calls: the fuzzy pass compares one text with hundreds of names.
  if (rows[0]!.length <= n) rows = [0, 1, 2].map(() => new Int32Array(n + 1));
  let [prevPrev, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n]!;
}
let rows = [0, 1, 2].map(() => new Int32Array(64));

function push(map: Map<string, Region[]>, key: string, region: Region): void {
  const list = map.get(key);
  if (!list) map.set(key, [region]);
  else if (!list.includes(region)) list.push(region);
}

const ok = (r: Region, exact: boolean): RegionMatch => ({ status: 'ok', code: r.code, name: r.name, exact });
const ambiguous = (rs: Region[]): RegionMatch => ({ status: 'ambiguous', candidates: rs.map((r) => ({ code: r.code, name: r.name })) });
