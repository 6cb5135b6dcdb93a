/**
 * Canonical forms of business and person names for duplicate matching (never for display). Registries arrive
 * from assistants' spreadsheets, musrenbang lists, banks and OSS with the same business spelt many ways:
 * "Tk. Kelontong Berkah" / "TOKO KELONTONG BERKAH", "Kripik Tempe Bu Euis" / "Keripik Tempe Euis",
 * "Hj. Siti Rohayati, S.Pd" / "siti rohayati". Both functions are pure, allocation-light and run once per
 * record (a million times in a regency scan), so they use plain regexes and Set/Map lookups only.
 */

/** Legal forms carry no identity: "CV Berkah Jaya" and "Berkah Jaya" are the same business. Koperasi is kept (a different kind of entity). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['cv', 'ud', 'pt', 'pd', 'fa', 'firma', 'tbk', 'persero']);

/**
 * Spelling variants and abbreviations seen in office spreadsheets, mapped to one form. Keys are written as
 * they look after repeated letters are collapsed (that step runs first), e.g. "rengginang" → "renginang".
 * Only common, unambiguous ones: "berkah"/"barokah" are different brand words and stay apart.
 */
const BUSINESS_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['kripik', 'keripik'], ['kripick', 'keripik'], ['keripick', 'keripik'], ['krupuk', 'kerupuk'],
  ['tk', 'toko'], ['tko', 'toko'], ['wr', 'warung'], ['wrg', 'warung'], ['warkop', 'warung kopi'], ['rm', 'rumah makan'],
  ['kueh', 'kue'], ['kwe', 'kue'], ['snek', 'snack'], ['snak', 'snack'], ['baso', 'bakso'], ['catering', 'katering'],
  ['cofe', 'kopi'], ['mi', 'mie'], ['serabi', 'surabi'], ['londri', 'laundry'], ['loundry', 'laundry'],
  ['fotocopy', 'fotokopi'], ['photocopy', 'fotokopi'], ['counter', 'konter'], ['konpeksi', 'konveksi'],
  ['putera', 'putra'], ['puteri', 'putri'], ['mulya', 'mulia'],
]);

/**
 * Words that address the owner inside a business name ("Warung Bu Siti", "Bengkel Pak Asep", "Seblak Teh Euis"):
 * dropped when another word follows, so "Warung Bu Siti", "Warung Ibu Siti" and "Warung Siti" meet.
 */
const BUSINESS_HONORIFICS: ReadonlySet<string> = new Set([
  'bu', 'ibu', 'mak', 'emak', 'bunda', 'pak', 'bapak', 'bpk', 'mang', 'abah', 'ceu', 'bi', 'bibi', 'teh', 'teteh',
  'kang', 'akang', 'aa', 'mbak', 'mbok', 'cak', 'uwa', 'h', 'hj', 'haji', 'hajah', 'hajjah',
]);

/** Forms of address and titles before a person's name. "mas" and "mbak" included: Javanese owners. */
const PERSON_PREFIXES: ReadonlySet<string> = new Set([
  'ibu', 'bu', 'bpk', 'bapak', 'pak', 'sdr', 'sdri', 'sdra', 'saudara', 'saudari', 'h', 'hj', 'haji', 'hajah', 'hajjah',
  'drs', 'dra', 'dr', 'drg', 'ir', 'prof', 'ny', 'nyonya', 'tn', 'tuan', 'nn', 'ust', 'ustadz', 'ustadzah', 'kh', 'alm',
  'almh', 'abah', 'mang', 'ceu', 'teh', 'kang', 'aa', 'bi', 'mak', 'emak', 'bunda', 'mbak', 'mas', 'ki', 'nyi',
]);

/** Academic degrees after a name, dots removed ("S.Pd." → "spd", "A.Md.Keb" → "amdkeb"). */
const DEGREES: ReadonlySet<string> = new Set([
  'spd', 'spdi', 'se', 'sh', 'st', 'skom', 'ssos', 'sag', 'sip', 'ssi', 'sked', 'skep', 'sfarm', 'spsi', 'sp', 'sos', 'sei',
  'sthi', 'stp', 'ssn', 'sds', 'skm', 'sgz', 'strkeb', 'amd', 'amdkeb', 'amdkep', 'amk', 'amkeb', 'mm', 'mpd', 'msi', 'mkom',
  'mh', 'mag', 'mba', 'mt', 'mkes', 'ners', 'ak', 'drs', 'dra', 'ir',
]);

/** Letters only, lower case, accents removed (only when there is something non-ASCII: normalize() is the slow part). */
function lowerAscii(s: string): string {
  const lower = s.toLowerCase();
  // eslint-disable-next-line no-control-regex -- \x00-\x7f is the ASCII range on purpose: anything outside it needs normalising
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** "kriiipik" → "kripik", "Saadah" → "sadah": typed-twice letters are the commonest typo and never tell two names apart. */
const collapseRepeats = (s: string) => s.replace(/([a-z])\1+/g, '$1');

/**
 * Canonical business name: lower case, punctuation to spaces, legal forms (CV, UD, PT, PD…) dropped,
 * repeated letters collapsed, spelling variants unified (kripik → keripik, tk → toko, wr → warung, kueh → kue,
 * snek → snack, baso → bakso…), honorifics before the owner's name dropped ("Warung Bu Siti" → "warung siti").
 * Word order is kept; matching compares a token-sorted copy as well.
 */
export function canonicalBusinessName(name: string): string {
  const words = collapseRepeats(lowerAscii(name).replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, ' ')).trim().split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w) continue;
    const hasNext = i < words.length - 1;
    if (hasNext && BUSINESS_HONORIFICS.has(w)) continue;
    if (LEGAL_FORMS.has(w) && words.length > 1) continue;
    out.push(BUSINESS_VARIANTS.get(w) ?? w);
  }
  return out.join(' ');
}

/**
 * Canonical person name: titles and forms of address dropped (Ibu, Bu, Bpk, Pak, Sdr, H., Hj., Drs., Dr., Ir.,
 * and degrees such as ", S.Pd", "S.E.", "A.Md", "M.M" at the end), lower case, single spaces, repeated letters
 * collapsed, and the old (pre-1972) spelling read as the new one: oe → u, dj → j, tj → c, a final y → i
 * ("Djoko Soeprapto" → "joko suprapto", "Rudy" → "rudi"). The last remaining word is never dropped.
 */
export function canonicalPersonName(name: string): string {
  const [head = '', ...tail] = lowerAscii(name).replace(/['’`]/g, '').split(',');
  const words = splitWords(head);
  // After a comma come degrees ("Siti Aminah, S.Pd., M.M."); anything else there is a name written surname-first.
  for (const part of tail) {
    const partWords = splitWords(part);
    if (partWords.length && !DEGREES.has(partWords.join('')) && !partWords.every((w) => DEGREES.has(w))) words.push(...partWords);
  }
  // Degrees without a comma: "Siti Aminah S.Pd.I" (three words once the dots go), "Asep S E", "Asep SE".
  for (let dropped = true; dropped && words.length > 1; ) {
    dropped = false;
    for (let k = Math.min(3, words.length - 1); k >= 1 && !dropped; k--) {
      const tail = words.slice(-k);
      if (tail.every((w) => w.length <= 4) && DEGREES.has(tail.join(''))) (words.length -= k), (dropped = true);
    }
  }
  let start = 0;
  while (start < words.length - 1 && PERSON_PREFIXES.has(words[start]!)) start++;
  const out: string[] = [];
  for (let i = start; i < words.length; i++) out.push(oldSpelling(collapseRepeats(words[i]!)));
  return out.join(' ');
}

const splitWords = (s: string) => s.replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);

/** Van Ophuijsen / Soewandi spellings still on older owners' cards and in assistants' lists. */
function oldSpelling(w: string): string {
  if (w.length < 3) return w;
  let s = w.includes('oe') ? w.replace(/oe/g, 'u') : w;
  if (s.includes('dj')) s = s.replace(/dj/g, 'j');
  if (s.includes('tj')) s = s.replace(/tj/g, 'c');
  return s.endsWith('y') ? `${s.slice(0, -1)}i` : s;
}
