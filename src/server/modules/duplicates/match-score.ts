/**
 * Scores how likely two registry records describe the same business. Evidence is added as log-odds weights
 * (Fellegi–Sunter style, hand-set and calibrated on bench/dedupe-truth.ts) and squashed to 0..1, so each
 * reason code shown in the review UI corresponds to one term below. Two rules override the sum, because the
 * registry is of businesses, not people: a clearly different business name, NIK or NIB caps the score
 * below any threshold (one owner with two businesses, or two people with the same name, are not duplicates).
 *
 * Records are held column-wise in {@link MatchColumns} with their canonical forms computed once, since the
 * pair finder scores millions of pairs over a million records.
 */
import { distance } from 'fastest-levenshtein';
import { canonicalBusinessName, canonicalPersonName } from './match-normalise';

/** One registry record as the matcher sees it. `nik`, `phone`, `nib` may be in any format (digits are kept). */
export interface MatchRecord {
  id: string;
  businessName: string;
  ownerName: string;
  nik: string | null;
  phone: string | null;
  nib: string | null;
  kecamatanCode: string;
  desaCode: string;
}

/** A pair's score in 0..1 and the short reason codes (see {@link REASON_CODES}) the review UI translates. */
export interface PairScore {
  score: number;
  reasons: string[];
}

/** Every reason code the scorer emits, in display order. */
export const REASON_CODES = [
  'nik_equal', 'nik_similar', 'nik_differs', 'nib_equal', 'nib_differs', 'phone_equal', 'phone_differs',
  'business_name_equal', 'business_name_similar', 'business_name_differs',
  'owner_name_equal', 'owner_name_similar', 'owner_name_abbreviated', 'owner_name_partial', 'owner_name_differs',
  'same_desa', 'same_kecamatan', 'different_kecamatan',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
const BIT = Object.fromEntries(REASON_CODES.map((c, i) => [c, 1 << i])) as Record<ReasonCode, number>;

/** The reason codes in a bit mask from {@link scoreAt}. */
export function reasonsOf(mask: number): ReasonCode[] {
  return REASON_CODES.filter((c) => (mask & BIT[c]) !== 0);
}

/**
 * Log-odds weights. BIAS sets where 0.5 falls: a pair needs about that much net evidence to be proposed.
 * Names are weighted by similarity (1 − edit distance / length) between a floor and "near-equal".
 */
export const WEIGHTS = {
  bias: 4,
  nikEqual: 4, nikSimilar: 1, nikDiffers: -8,
  nibEqual: 5, nibDiffers: -8,
  phoneEqual: 2, phoneDiffers: -1.5,
  businessEqual: 4, businessNear: 3, businessAtFloor: -1, businessBelowFloor: -6,
  ownerEqual: 3, ownerEqualOneWord: 2, ownerNear: 2, ownerAtFloor: -2.5, ownerAbbreviated: 1.5, ownerPartial: -1.5, ownerBelowFloor: -5,
  sameDesa: 1, sameKecamatan: -3.5, differentKecamatan: -5,
} as const;
/** Business-name similarity under which two records are different businesses whatever else agrees. */
export const BUSINESS_FLOOR = 0.75;
const OWNER_FLOOR = 0.7;
const NEAR = 0.97;
/** Similarity credited to an initial standing for a whole word ("Siti N." ~ "Siti Nurhaliza"). */
const ABBREVIATION = 0.85;
/** Score ceiling when a veto applies (different NIK, NIB or business): below every useful threshold. */
const VETO_CAP = 0.2;
/**
 * Score ceiling when no identifier (NIK, NIB, phone) agrees: names and place alone never reach an auto-merge
 * threshold (≥ 0.95), since two people with the same name and business name in one desa look exactly like this.
 */
export const NAMES_ONLY_CAP = 0.94;

/** Records in column form with their canonical keys, interned place codes, and identifiers as digits ('' = none). */
export class MatchColumns {
  readonly ids: string[] = [];
  /** Canonical business name, word order kept. */
  readonly biz: string[] = [];
  /** The same with words sorted (the same string instance when already sorted). */
  readonly bizSorted: string[] = [];
  readonly owner: string[] = [];
  readonly ownerSorted: string[] = [];
  readonly nik: string[] = [];
  readonly phone: string[] = [];
  readonly nib: string[] = [];
  readonly kec: number[] = [];
  readonly desa: number[] = [];
  /** Interned kecamatan and desa codes: `kec[i]`/`desa[i]` index this list. */
  readonly places: string[] = [];
  private readonly placeIndex = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  /** Adds a record and returns its row index. */
  push(r: MatchRecord): number {
    const biz = canonicalBusinessName(r.businessName);
    const owner = canonicalPersonName(r.ownerName);
    this.ids.push(r.id);
    this.biz.push(biz);
    this.bizSorted.push(sortWords(biz));
    this.owner.push(owner);
    this.ownerSorted.push(sortWords(owner));
    this.nik.push(cleanNik(r.nik));
    this.phone.push(cleanPhone(r.phone));
    this.nib.push(cleanDigits(r.nib, 13));
    this.kec.push(this.intern(r.kecamatanCode));
    this.desa.push(this.intern(r.desaCode));
    return this.ids.length - 1;
  }

  private intern(code: string): number {
    let i = this.placeIndex.get(code);
    if (i === undefined) this.placeIndex.set(code, (i = this.places.push(code) - 1));
    return i;
  }
}

function sortWords(s: string): string {
  if (!s.includes(' ')) return s;
  const sorted = s.split(' ').sort().join(' ');
  return sorted === s ? s : sorted;
}
const cleanDigits = (s: string | null, len: number) => {
  const d = s ? s.replace(/\D/g, '') : '';
  return d.length === len && !/^(\d)\1+$/.test(d) ? d : ''; // "0000000000000000" is a placeholder, not an identifier
};
const cleanNik = (s: string | null) => {
  const d = cleanDigits(s, 16);
  return d.endsWith('0000') ? '' : d; // serial 0000 is never issued: a made-up number
};
/** National significant number: "+62 812-3456-789", "0812 3456 789" and "8123456789" are the same phone. */
function cleanPhone(s: string | null): string {
  if (!s) return '';
  let d = s.replace(/\D/g, '');
  if (d.startsWith('62')) d = d.slice(2);
  else if (d.startsWith('0')) d = d.slice(1);
  return d.length >= 8 ? d : '';
}

/** Edit distance counting a swap of two neighbouring letters as one slip (Levenshtein alone counts two). */
function slips(a: string, b: string): number {
  return a.length === b.length && oneSlip(a, b) ? 1 : distance(a, b);
}
/** Slips tolerated inside one word before it counts as a different word ("roti"/"kopi" are two products). */
const tolerated = (len: number) => (len <= 4 ? 1 : len <= 8 ? 2 : 3);

interface NameSim {
  sim: number;
  abbreviated: boolean;
  /** Every word of the name with fewer words matched, the other has more: a dropped surname or product word. */
  contained: boolean;
  /** Letters of the shorter over the longer name, for a contained name. */
  ratio: number;
}

/**
 * Similarity of two canonical names in 0..1. One slip over the whole name (word order kept or sorted) scores
 * 1 − 1/length. Otherwise word by word: each word of the name with fewer words takes its best unused match in
 * the other, credited only when within a typo's reach ({@link tolerated}) or, for people with `abbreviations`, an
 * initial that starts the word ("siti n" ~ "siti nurhaliza"); credit is weighted by the longer word's length,
 * over the longer name's letters. So a swapped order costs nothing, a typo little, a different word its share.
 */
function nameSim(a: string, b: string, aSorted: string, bSorted: string, abbreviations: boolean): NameSim {
  const longest = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) <= 1 && (slips(a, b) <= 1 || slips(aSorted, bSorted) <= 1)) {
    return { sim: 1 - 1 / longest, abbreviated: false, contained: false, ratio: 1 };
  }
  let A = aSorted.split(' ');
  let B = bSorted.split(' ');
  const lettersA = a.length - A.length + 1, lettersB = b.length - B.length + 1;
  const letters = Math.max(lettersA, lettersB);
  if (A.length > B.length) [A, B] = [B, A];
  let matched = 0;
  let found = 0;
  let abbreviated = false;
  let used = 0; // words of B already matched: each counts once ("kopi kopi" is not two matches for one "kopi")
  for (const x of A) {
    let bestQ = 0;
    let bestW = 0;
    let bestK = -1;
    for (let k = 0; k < B.length; k++) {
      if (k < 31 && used & (1 << k)) continue;
      const y = B[k]!;
      const w = Math.max(x.length, y.length);
      let q = 0;
      if (x === y) q = 1;
      else if (abbreviations && ((x.length === 1 && y[0] === x) || (y.length === 1 && x[0] === y))) q = ABBREVIATION;
      else if (Math.abs(x.length - y.length) <= tolerated(w)) {
        const d = slips(x, y);
        if (d <= tolerated(w)) q = 1 - d / w;
      }
      if (q > bestQ || (q === bestQ && q > 0 && w > bestW)) (bestQ = q), (bestW = w), (bestK = k);
    }
    if (bestK >= 0 && bestK < 31) used |= 1 << bestK;
    if (bestQ >= 0.75) found++; // within a typo's reach: "warung" is not found in "wayang golek"
    if (bestQ === ABBREVIATION) abbreviated = true;
    matched += bestQ * bestW;
  }
  const contained = found === A.length && A.length < B.length;
  return { sim: Math.min(1, matched / letters), abbreviated, contained, ratio: Math.min(lettersA, lettersB) / letters };
}

/** Linear between the floor (weight `atFloor`) and near-equal (weight `near`). */
const ramp = (s: number, floor: number, atFloor: number, near: number) => atFloor + ((near - atFloor) * (Math.min(s, NEAR) - floor)) / (NEAR - floor);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Reusable result of {@link scoreAt}: no allocation per scored pair. */
export interface ScoreOut {
  score: number;
  mask: number;
}

/**
 * Scores rows i and j of `c` into `out` (score 0..1 and a reason bit mask). With `stopBelow` > 0 it stops as
 * soon as the score cannot reach `stopBelow` any more, leaving score and mask partial: for the pair finder,
 * which drops such pairs anyway and skips the name comparisons (the costly part) that way.
 */
export function scoreAt(c: MatchColumns, i: number, j: number, out: ScoreOut, stopBelow = 0): ScoreOut {
  const stopLogit = stopBelow > 0 ? Math.log(stopBelow / (1 - stopBelow)) : -Infinity;
  let w = -WEIGHTS.bias;
  let m = 0;
  let cap = 1;
  const nikA = c.nik[i]!, nikB = c.nik[j]!;
  if (nikA && nikB) {
    if (nikA === nikB) (w += WEIGHTS.nikEqual), (m |= BIT.nik_equal);
    else if (oneSlip(nikA, nikB)) (w += WEIGHTS.nikSimilar), (m |= BIT.nik_similar);
    else (w += WEIGHTS.nikDiffers), (m |= BIT.nik_differs), (cap = VETO_CAP);
  }
  const nibA = c.nib[i]!, nibB = c.nib[j]!;
  if (nibA && nibB) {
    if (nibA === nibB) (w += WEIGHTS.nibEqual), (m |= BIT.nib_equal);
    else (w += WEIGHTS.nibDiffers), (m |= BIT.nib_differs), (cap = VETO_CAP);
  }
  if (cap < stopBelow) return done(out, w, m, cap);
  const phoneA = c.phone[i]!, phoneB = c.phone[j]!;
  if (phoneA && phoneB) {
    if (phoneA === phoneB) (w += WEIGHTS.phoneEqual), (m |= BIT.phone_equal);
    else (w += WEIGHTS.phoneDiffers), (m |= BIT.phone_differs);
  }
  if (c.desa[i] === c.desa[j]) (w += WEIGHTS.sameDesa), (m |= BIT.same_desa);
  else if (c.kec[i] === c.kec[j]) (w += WEIGHTS.sameKecamatan), (m |= BIT.same_kecamatan);
  else (w += WEIGHTS.differentKecamatan), (m |= BIT.different_kecamatan);
  if (w + WEIGHTS.businessEqual + WEIGHTS.ownerEqual < stopLogit) return done(out, w, m, cap);

  // Business name: a typo, swapped words, or both; a different word (another product) counts against.
  const bs = c.bizSorted[i] === c.bizSorted[j] ? 1 : businessSim(nameSim(c.biz[i]!, c.biz[j]!, c.bizSorted[i]!, c.bizSorted[j]!, false));
  if (bs === 1) (w += WEIGHTS.businessEqual), (m |= BIT.business_name_equal);
  else if (bs >= BUSINESS_FLOOR) {
    w += ramp(bs, BUSINESS_FLOOR, WEIGHTS.businessAtFloor, WEIGHTS.businessNear);
    m |= BIT.business_name_similar;
  } else {
    (w += WEIGHTS.businessBelowFloor), (m |= BIT.business_name_differs), (cap = VETO_CAP);
    if (cap < stopBelow) return done(out, w, m, cap);
  }
  if (w + WEIGHTS.ownerEqual < stopLogit) return done(out, w, m, cap);

  // Owner name: as above, plus initials ("Siti N.") and a dropped surname ("Siti" ~ "Siti Nurhaliza").
  const oa = c.ownerSorted[i]!, ob = c.ownerSorted[j]!;
  if (oa === ob) (w += oa.includes(' ') ? WEIGHTS.ownerEqual : WEIGHTS.ownerEqualOneWord), (m |= BIT.owner_name_equal);
  else {
    const os = nameSim(c.owner[i]!, c.owner[j]!, oa, ob, true);
    if (os.sim >= OWNER_FLOOR && os.abbreviated) (w += WEIGHTS.ownerAbbreviated), (m |= BIT.owner_name_abbreviated);
    else if (os.sim >= OWNER_FLOOR) (w += ramp(os.sim, OWNER_FLOOR, WEIGHTS.ownerAtFloor, WEIGHTS.ownerNear)), (m |= BIT.owner_name_similar);
    else if (os.contained) (w += WEIGHTS.ownerPartial), (m |= BIT.owner_name_partial);
    else (w += WEIGHTS.ownerBelowFloor), (m |= BIT.owner_name_differs);
  }
  if ((m & (BIT.nik_equal | BIT.nib_equal | BIT.phone_equal)) === 0) cap = Math.min(cap, NAMES_ONLY_CAP);
  return done(out, w, m, cap);
}

/**
 * A name that is the other minus some words ("Keripik Tempe" ~ "Keripik Tempe Bu Euis", or a mistyped honorific
 * left in) is similar, more so the more of it there is; a name with a word of its own is a different business.
 */
const businessSim = (s: NameSim) => (s.contained ? Math.max(s.sim, 0.78 + 0.15 * s.ratio) : s.sim);

/** One digit mistyped or two neighbours swapped: a clerk's slip, not a different person (usually). */
function oneSlip(a: string, b: string): boolean {
  let first = -1;
  let diffs = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] !== b[k]) {
      if (++diffs > 2) return false;
      if (first < 0) first = k;
    }
  }
  return diffs === 1 || (diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first]);
}

function done(out: ScoreOut, w: number, mask: number, cap: number): ScoreOut {
  out.score = Math.min(cap, sigmoid(w));
  out.mask = mask;
  return out;
}

/** Scores two records: 0..1 (≥ DEFAULT_MIN_SCORE of pair-finder.ts: worth a review) with its reasons. */
export function scorePair(a: MatchRecord, b: MatchRecord): PairScore {
  const c = new MatchColumns();
  c.push(a);
  c.push(b);
  const out = scoreAt(c, 0, 1, { score: 0, mask: 0 });
  return { score: out.score, reasons: reasonsOf(out.mask) };
}
