/**
 * Truth set for the duplicate matcher: a deterministic synthetic registry of Kabupaten Bandung (32.04, real
 * kecamatan and desa codes from idn-area-data) where every duplicate is known. Record j is recomputed from
 * (seed, j) alone, like the demo generator, so a million records stream in batches with flat memory.
 *
 * Roles (drawn per record): ~88 % base records (demo-names' Sundanese owners and business names, NIK 80 %,
 * phone 85 %, NIB 15 %, a few placeholder phones), 7 % duplicates of an earlier record with 1–3 perturbations,
 * and three kinds of hard negatives: the same owner's other business (same NIK, phone and name), a namesake
 * in the same desa (same given name and often the very same "Warung Bu Siti"), and a family member sharing
 * the phone. True pairs are all pairs within a record and its duplicates.
 */
import type { MatchRecord } from '../src/server/modules/duplicates/match-score';
import * as N from '../src/server/modules/demo/demo-names';
import { loadRegionDirectory, type Region, type RegionDirectory } from '../src/server/modules/tenancy/regions';

export const TRUTH_KODE_WILAYAH = '32.04';
export type Role = 'base' | 'duplicate' | 'same_owner' | 'namesake' | 'family_phone';
export const PERTURBATIONS = [
  'business_typo', 'owner_typo', 'honorific', 'spelling', 'swap_words', 'nik_missing', 'phone_changed', 'phone_missing',
  'owner_shortened', 'other_desa', 'nik_typo', 'upper_case',
] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];
const PERTURBATION_WEIGHTS = [3, 3, 3, 2, 1.5, 2.5, 1.5, 1, 2, 0.3, 0.3, 1];
/** Cumulative role shares: duplicate, same owner, namesake, family phone; the rest are base records. */
const ROLE_CUM: ReadonlyArray<readonly [Role, number]> = [['duplicate', 0.07], ['same_owner', 0.1], ['namesake', 0.125], ['family_phone', 0.14]];

/**
 * More Sundanese and Javanese names on top of demo-names' lists: with ~50 given names per gender, a desa of
 * 3,600 records (1 M over 280 desas) repeats whole names far more often than real desas do, which would turn
 * the truth set into a test of coin flips. Common names (Siti, Asep, Euis, Dede) stay common.
 */
const words = (s: string) => s.split(/\s+/);
const GIVEN = {
  P: [...N.FEMALE_GIVEN, ...words(`Yanti Eha Ijah Aah Kokom Nani Neni Tati Yayah Cicih Ratih Ayu Lia Yuli Heni Leni Nunung Aminah Maryam Halimah Salamah Ika Lusi
    Reni Sari Tini Wiwin Yoyoh Een Ikah Icih Sumarni Suminah Sutinah Wartini Murni Mulyati Darsih Karsih Warsih Suciati Puspita
    Anggi Novi Desi Selvi Vina Resti Gita Kiki Evi Mumun Kurnia`)],
  L: [...N.MALE_GIVEN, ...words(`Oding Otong Maman Enjang Ucup Endin Dudi Didin Aceng Engkos Oyo Momon Yana Toto Atang Kosasih Rosid Jamal Sukma Wahyudi Sugeng
    Suparman Sutrisno Bambang Teguh Sumarno Supriadi Hasan Husen Mamat Nanang Nana Pepen Dedi Hadi Ridwan Taufik Yusuf Arif Andi
    Anton Ahmad Lukman Saepul Aang Dadan Deni Eman Entang Karna Tono Sarip`)],
};
const FAMILY = {
  P: [...N.FEMALE_FAMILY, ...words(`Rohimah Mardiah Latifah Jubaedah Rohmah Nurlela Sukaesih Cahyati Mulyasari Sundari Suhartini Sopiah Komariah Wahyuni Sartika
    Andriani Fauziah Hayati Zakiyah Pertiwi Apriani Safitri Damayanti Rosmiati Kusmiati Heryani Supriatin`)],
  L: [...N.MALE_FAMILY, ...words(`Sopian Mulyana Sumantri Munandar Supriatna Kusmana Sukarna Suhendar Gunawan Hermansyah Taryana Rachmat Solehudin Nurdin
    Saripudin Hakim Zaenal Fauzi Purnama Sulaeman Darsono Wibowo Susanto Prasetyo Haryanto Kosim`)],
};

/** A generated record with what the perturbations need to know about it. */
interface Rec extends MatchRecord { gender: 'L' | 'P'; given: string; birthYear: number; product: N.Product; kecIndex: number }

/** A streaming truth set: records by index, their roles, and the true pairs (ids "a|b", a < b). */
export interface TruthPlan {
  n: number;
  record(j: number): MatchRecord;
  id(j: number): string;
  role(j: number): Role;
  roleCounts(): Record<Role, number>;
  /** Perturbations applied to duplicate j (empty for other roles). */
  perturbations(j: number): Perturbation[];
  batches(size?: number): Generator<MatchRecord[]>;
  truePairs(): Set<string>;
  /** The same as record indexes [x, y], x < y. */
  trueIndexPairs(): [number, number][];
}

// --- deterministic randomness (as in demo-data.ts) -----------------------------------------------------------------
type Rng = () => number;
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const mulberry32 = (a: number): Rng => () => {
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (x: number, w: number) => String(x).padStart(w, '0');
const hex = (w: number) => w.toString(16).padStart(8, '0');
/** Uuid-shaped id whose first 32 bits are a bijection of j (no collisions). */
const idOf = (j: number, salt: number) => {
  const w = fmix((j ^ salt) >>> 0);
  const x = hex(fmix(w ^ 0x68e31da4)), y = fmix(w ^ 0xb5297a4d);
  return `${hex(w)}-${x.slice(0, 4)}-4${x.slice(5)}-${(8 | (y >>> 30)).toString(16)}${hex(y).slice(1, 4)}-${hex(y).slice(4)}${hex(fmix(w ^ 7))}`;
};

/** Plans a truth set of n records over the regency's real kecamatan and desa. */
export function truthPlan(regions: RegionDirectory, n: number, seed = 2026, kodeWilayah = TRUTH_KODE_WILAYAH): TruthPlan {
  const kecs = regions.kecamatanOf(kodeWilayah);
  if (!kecs.length) throw new Error(`no kecamatan for ${kodeWilayah}`);
  const desas = kecs.map((k) => regions.desaOf(k.code));
  const streams = [0, 1, 2, 3, 4].map((s) => fmix((seed ^ Math.imul(s + 1, 0x9e3779b9)) >>> 0));
  const rng = (stream: number, j: number) => mulberry32(fmix((j ^ streams[stream]!) >>> 0));
  const [ROLE, BASE, VARIANT, DUP] = [0, 1, 2, 3];
  // Busy desas get more records (weights from the code, as in demo-data), and an assistant per kecamatan types
  // their own phone for owners who have none: realistic placeholder blocks of a few hundred rows.
  const desaCum = desas.map((list) => list.reduce<number[]>((acc, d) => [...acc, (acc.at(-1) ?? 0) + 0.35 + 2.5 * (fmix(Number(d.code.replace(/\D/g, '')) >>> 0) / 2 ** 32) ** 2], []));
  const placeOf = (r: Rng): { kecIndex: number; desa: Region } => {
    const k = Math.floor(r() * kecs.length);
    const cum = desaCum[k]!;
    const x = r() * cum.at(-1)!;
    return { kecIndex: k, desa: desas[k]![cum.findIndex((c) => c > x)]! };
  };
  const phoneOf = (r: Rng) => `+62${pick(r, N.MOBILE_PREFIXES)}${pad(int(r, 0, 9_999_999), 7)}${r() < 0.5 ? int(r, 0, 9) : ''}`;
  const assistantPhone = (k: number) => `+62857${pad(fmix(k + 77) % 10_000_000, 7)}`;
  const nikOf = (r: Rng, k: number, gender: 'L' | 'P', birthYear: number) =>
    kecs[k]!.code.replace(/\D/g, '') + pad(int(r, 1, 28) + (gender === 'P' ? 40 : 0), 2) + pad(int(r, 1, 12), 2) + pad(birthYear % 100, 2) + pad(int(r, 1, 9999), 4);
  const sectorCum = N.SECTOR_WEIGHTS.reduce<number[]>((acc, [, w]) => [...acc, (acc.at(-1) ?? 0) + w], []);
  const productOf = (r: Rng): N.Product => {
    const x = r() * sectorCum.at(-1)!;
    return pick(r, N.CATALOGUE[N.SECTOR_WEIGHTS[sectorCum.findIndex((c) => c > x)]![0]]);
  };
  const ownerName = (r: Rng, gender: 'L' | 'P', given: string, birthYear: number, not?: string) => {
    const title = birthYear < 1972 && r() < 0.12 ? (gender === 'P' ? 'Hj. ' : 'H. ') : '';
    let family = r() < 0.9 ? pick(r, FAMILY[gender]) : '';
    while (not && family && not.endsWith(` ${family}`)) family = pick(r, FAMILY[gender]); // a namesake is another person
    return `${title}${given}${family ? ` ${family}` : ''}`;
  };
  const business = (r: Rng, rec: Pick<Rec, 'given' | 'gender' | 'birthYear' | 'kecIndex'>, product: N.Product) =>
    N.businessName(r, product, rec, kecs[rec.kecIndex]!.name, r() < 0.965);

  function roleDraw(j: number): { role: Role; source: number } {
    if (j === 0) return { role: 'base', source: -1 };
    const r = rng(ROLE, j);
    const u = r();
    const role = ROLE_CUM.find(([, c]) => u < c)?.[0] ?? 'base';
    return { role, source: Math.floor(r() * j) };
  }
  /** The record a duplicate copies (never a duplicate) or a hard negative is built from (a base record). */
  function resolve(s: number, want: 'non_duplicate' | 'base'): number {
    for (let d = roleDraw(s); d.role !== 'base' && (want === 'base' || d.role === 'duplicate'); d = roleDraw(s)) s = d.source;
    return s;
  }

  function base(j: number): Rec {
    const r = rng(BASE, j);
    const { kecIndex, desa } = placeOf(r);
    const gender = r() < 0.56 ? 'P' : 'L';
    const birthYear = 1955 + Math.floor(((r() + r()) / 2) * 50);
    const given = pick(r, GIVEN[gender]);
    const fullName = ownerName(r, gender, given, birthYear);
    const product = productOf(r);
    const rec = { gender, given, birthYear, kecIndex } as const;
    const u = r();
    const phone = u < 0.004 ? '+6281234567890' : u < 0.014 ? assistantPhone(kecIndex) : u < 0.85 ? phoneOf(r) : null;
    return {
      id: idOf(j, streams[4]!), businessName: business(r, rec, product), ownerName: fullName, ...rec, product,
      nik: r() < 0.8 ? nikOf(r, r() < 0.9 ? kecIndex : int(r, 0, kecs.length - 1), gender, birthYear) : null,
      phone, nib: r() < 0.15 ? `912${pad((j * 7_368_787 + seed) % 1e10, 10)}` : null,
      kecamatanCode: kecs[kecIndex]!.code, desaCode: desa.code,
    };
  }

  /** Hard negatives: a new business or person derived from base record s. */
  function variant(j: number, role: Role, s: number): Rec {
    const src = base(s);
    const own = base(j); // fresh identifiers and a fresh product for the new business/person
    const r = rng(VARIANT, j);
    if (role === 'same_owner') {
      const words = new Set(src.product.label.split(' '));
      let product = own.product;
      while (product.label.split(' ').some((w) => words.has(w))) product = productOf(r);
      const at = r() < 0.7 ? src : own; // a second business is usually in the same desa
      const place = { kecamatanCode: at.kecamatanCode, desaCode: at.desaCode, kecIndex: at.kecIndex };
      return { ...src, ...place, id: own.id, product, businessName: business(r, { ...src, kecIndex: place.kecIndex }, product), nib: own.nib };
    }
    const gender = role === 'namesake' ? src.gender : r() < 0.7 ? (src.gender === 'P' ? 'L' : 'P') : src.gender;
    const pool = GIVEN[gender];
    let given = role === 'namesake' ? src.given : pick(r, pool);
    while (role === 'family_phone' && given === src.given) given = pick(r, pool);
    const person = { gender, given, birthYear: own.birthYear, kecIndex: src.kecIndex } as const;
    let ownerFull = ownerName(r, gender, given, own.birthYear, role === 'namesake' ? src.ownerName : undefined);
    if (role === 'family_phone' && r() < 0.5) ownerFull = `${given} ${src.ownerName.split(' ').at(-1)}`; // the family's name
    const product = r() < (role === 'namesake' ? 0.7 : 0.3) ? src.product : own.product;
    const businessName = role === 'namesake' && product === src.product && r() < 0.8 ? src.businessName : business(r, person, product);
    return {
      ...own, ...person, product, businessName, ownerName: ownerFull, kecamatanCode: src.kecamatanCode, desaCode: src.desaCode,
      nik: own.nik ? nikOf(r, src.kecIndex, gender, own.birthYear) : null, phone: role === 'family_phone' ? src.phone : own.phone,
    };
  }

  const cache = new Map<number, Rec>(); // sources are re-read often while streaming; keep the last few thousand
  function recordOf(j: number): Rec {
    const hit = cache.get(j);
    if (hit) return hit;
    const { role, source } = roleDraw(j);
    const rec = role === 'base' ? base(j) : role === 'duplicate' ? duplicate(j, recordOf(resolve(source, 'non_duplicate')))[0] : variant(j, role, resolve(source, 'base'));
    if (cache.size > 4096) cache.delete(cache.keys().next().value!);
    cache.set(j, rec);
    return rec;
  }

  function duplicate(j: number, src: Rec): [Rec, Perturbation[]] {
    const r = rng(DUP, j);
    const rec: Rec = { ...src, id: idOf(j, streams[4]!), nib: src.nib && r() < 0.5 ? src.nib : null };
    if (rec.phone && r() < 0.5) rec.phone = rec.phone.replace('+62', '0'); // another list, another format
    const want = r() < 0.5 ? 1 : r() < 0.7 ? 2 : 3;
    const applied: Perturbation[] = [];
    for (let tries = 0; applied.length < want && tries < 20; tries++) {
      const p = weightedPerturbation(r);
      if (!applied.includes(p) && perturb(p, rec, r, { desas, phoneOf })) applied.push(p);
    }
    return [rec, applied];
  }

  return {
    n,
    record: (j) => strip(recordOf(j)),
    id: (j) => idOf(j, streams[4]!),
    role: (j) => roleDraw(j).role,
    roleCounts() {
      const counts: Record<Role, number> = { base: 0, duplicate: 0, same_owner: 0, namesake: 0, family_phone: 0 };
      for (let j = 0; j < n; j++) counts[roleDraw(j).role]++;
      return counts;
    },
    perturbations: (j) => {
      const d = roleDraw(j);
      return d.role === 'duplicate' ? duplicate(j, recordOf(resolve(d.source, 'non_duplicate')))[1] : [];
    },
    *batches(size = 10_000) {
      for (let s = 0; s < n; s += size) yield Array.from({ length: Math.min(size, n - s) }, (_, k) => strip(recordOf(s + k)));
    },
    truePairs() {
      const salt = streams[4]!;
      return new Set(this.trueIndexPairs().map(([x, y]) => pairKey(idOf(x, salt), idOf(y, salt))));
    },
    trueIndexPairs() {
      const clusters = new Map<number, number[]>();
      for (let j = 0; j < n; j++) {
        const d = roleDraw(j);
        if (d.role !== 'duplicate') continue;
        const root = resolve(d.source, 'non_duplicate');
        const list = clusters.get(root) ?? [root];
        list.push(j);
        clusters.set(root, list);
      }
      const pairs: [number, number][] = [];
      for (const members of clusters.values())
        for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.push([members[x]!, members[y]!]);
      return pairs;
    },
  };
}

/** The key of a pair in {@link TruthPlan.truePairs}. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const strip = (r: Rec): MatchRecord => ({
  id: r.id, businessName: r.businessName, ownerName: r.ownerName, nik: r.nik, phone: r.phone, nib: r.nib, kecamatanCode: r.kecamatanCode, desaCode: r.desaCode,
});

const PERT_CUM = PERTURBATION_WEIGHTS.reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w], []);
function weightedPerturbation(r: Rng): Perturbation {
  const x = r() * PERT_CUM.at(-1)!;
  return PERTURBATIONS[PERT_CUM.findIndex((c) => c > x)]!;
}

// --- perturbations ------------------------------------------------------------------------------------------------

const NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n', n: 'bm', o: 'ip', p: 'o',
  q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};
/** One keyboard slip at a random letter: swap with the next, drop, double, or hit a neighbouring key. */
function typo(s: string, r: Rng): string {
  const letters = [...s.matchAll(/[a-z]/gi)].map((m) => m.index);
  const k = letters[Math.floor(r() * letters.length)];
  if (k === undefined) return s;
  const c = s[k]!, op = r();
  if (op < 0.25 && /[a-z]/i.test(s[k + 1] ?? '')) return s.slice(0, k) + s[k + 1] + c + s.slice(k + 2);
  if (op < 0.5) return s.slice(0, k) + s.slice(k + 1);
  if (op < 0.75) return s.slice(0, k) + c + s.slice(k);
  const sub = pick(r, [...(NEIGHBOURS[c.toLowerCase()] ?? 'a')]);
  return s.slice(0, k) + (c === c.toUpperCase() ? sub.toUpperCase() : sub) + s.slice(k + 1);
}
const BIZ_HONORIFIC = /\b(Bu|Ibu|Pak|Bapak|Ceu|Bi|Teh|Mang|Abah|Kang|Aa) /;
const TITLE = /^(Hj?\.) /;
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Keripik/, 'Kripik'], [/Kerupuk/, 'Krupuk'], [/Toko /, 'Tk. '], [/Warung /, 'Wr. '], [/Kue /, 'Kueh '], [/Baso/, 'Bakso'],
  [/Rumah Makan/, 'RM'], [/Katering/, 'Catering'], [/Fotokopi/, 'Fotocopy'], [/Konter/, 'Counter'], [/Putra/, 'Putera'],
  [/Mulya/, 'Mulia'], [/^(?!CV )/, 'CV '],
];
const OLD_SPELLING: ReadonlyArray<readonly [RegExp, string]> = [[/u/g, 'oe'], [/j/g, 'dj'], [/c/g, 'tj'], [/i$/, 'y']];
interface Places { desas: Region[][]; phoneOf: (r: Rng) => string }

/** Applies one perturbation to `rec` in place; false when it does not apply to this record. */
function perturb(p: Perturbation, rec: Rec, r: Rng, places: Places): boolean {
  const nameWords = () => rec.ownerName.replace(TITLE, '').split(' ');
  switch (p) {
    case 'business_typo': rec.businessName = typo(rec.businessName, r); return true;
    case 'owner_typo': rec.ownerName = typo(rec.ownerName, r); return true;
    case 'honorific': {
      if (BIZ_HONORIFIC.test(rec.businessName) && r() < 0.5) {
        rec.businessName = rec.businessName.replace(BIZ_HONORIFIC, r() < 0.5 ? '' : `${rec.gender === 'P' ? pick(r, ['Ibu', 'Bu', 'Ceu']) : pick(r, ['Pak', 'Bapak', 'Mang'])} `);
      } else if (TITLE.test(rec.ownerName)) rec.ownerName = rec.ownerName.replace(TITLE, '');
      else if (r() < 0.2) rec.ownerName += pick(r, [', S.Pd', ', S.E.', ' S.Pd.I', ', A.Md']);
      else rec.ownerName = (rec.gender === 'P' ? pick(r, ['Ibu ', 'Bu ', 'Hj. ', 'Ny. ']) : pick(r, ['Bapak ', 'Pak ', 'Bpk. ', 'H. '])) + rec.ownerName;
      return true;
    }
    case 'spelling': {
      const options = SPELLINGS.filter(([re]) => re.test(rec.businessName));
      const old = OLD_SPELLING.filter(([re]) => re.test(rec.given.toLowerCase()));
      if (old.length && r() < 0.3) {
        const [re, to] = pick(r, old);
        const given = rec.given.charAt(0) + rec.given.slice(1).replace(re, to);
        if (!rec.ownerName.includes(rec.given)) return false;
        rec.ownerName = rec.ownerName.replace(rec.given, given);
        return true;
      }
      if (!options.length) return false;
      const [re, to] = pick(r, options);
      rec.businessName = rec.businessName.replace(re, to);
      return true;
    }
    case 'swap_words': {
      const words = nameWords();
      if (words.length > 1 && r() < 0.6) rec.ownerName = [...words.slice(1), words[0]].join(' ');
      else {
        // Rotate at a word boundary that does not separate an honorific from the name after it.
        const biz = rec.businessName.replace(new RegExp(BIZ_HONORIFIC, 'g'), '$1\u00a0').split(' ');
        if (biz.length < 2) return false;
        const k = int(r, 1, biz.length - 1);
        rec.businessName = [...biz.slice(k), ...biz.slice(0, k)].join(' ').replace(/\u00a0/g, ' ');
      }
      return true;
    }
    case 'nik_missing': return rec.nik !== null && !(rec.nik = null);
    case 'phone_changed': rec.phone = places.phoneOf(r); return true;
    case 'phone_missing': return rec.phone !== null && !(rec.phone = null);
    case 'owner_shortened': {
      const words = nameWords();
      if (words.length < 2) return false;
      const last = words.pop()!;
      rec.ownerName = r() < 0.25 ? words.join(' ') : `${words.join(' ')} ${last[0]}.`;
      return true;
    }
    case 'other_desa': {
      const list = places.desas[rec.kecIndex]!.filter((d) => d.code !== rec.desaCode);
      if (!list.length) return false;
      rec.desaCode = pick(r, list).code;
      return true;
    }
    case 'nik_typo': {
      if (!rec.nik) return false;
      const k = int(r, 6, 15);
      rec.nik = rec.nik.slice(0, k) + String((Number(rec.nik[k]) + int(r, 1, 9)) % 10) + rec.nik.slice(k + 1);
      return true;
    }
    case 'upper_case': rec.businessName = rec.businessName.toUpperCase(); rec.ownerName = rec.ownerName.toUpperCase(); return true;
  }
}

/** The whole truth set in memory: records and true pairs ("a|b", a < b). For tests and small runs. */
export async function generateTruthSet(n: number, seed = 2026, regions?: RegionDirectory): Promise<{ records: MatchRecord[]; truePairs: Set<string>; plan: TruthPlan }> {
  const plan = truthPlan(regions ?? (await loadRegionDirectory()), n, seed);
  return { records: [...plan.batches(n || 1)].flat(), truePairs: plan.truePairs(), plan };
}
