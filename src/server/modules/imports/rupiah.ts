/**
 * Reading rupiah amounts the way office spreadsheets write them. Indonesian writes "." for thousands and
 * "," for decimals, English the reverse, and both appear in the same file (typed cells next to cells
 * Excel formatted); people also write units ("1,5 jt", "500rb", "2 M" where M is *miliar*, not million).
 * Anything a person could read two ways is refused rather than guessed: a wrong amount silently decides
 * a business's scale (micro/small/medium), which is worse than asking the office to fix a cell.
 */

/** The outcome of reading one cell: `value` is integer rupiah, or null when the cell says "nothing". */
export type RupiahRead = { ok: true; value: number | null } | { ok: false };

/** Above this no MSME amount is plausible, and integer rupiah stay exact in a double well below 2^53. */
const MAX_RUPIAH = 1e15;

const PLAIN = /^[1-9]\d{0,14}$/;
const USUAL = /^(?:Rp\.? ?)?([1-9]\d{0,2}(?:\.\d{3}){1,4})(?:,00?|,-)?$/i;

/** Cells that mean "no value", not zero: a dash, "n/a", "tidak ada" and their office variants. */
const EMPTY = new Set(['', '-', '--', '—', '–', 'n/a', 'na', '#n/a', 'tidak ada', 'tdk ada', 'tidak tahu', 'tdk tahu', 'nihil', '?']);

/** Unit words, longest first inside each alternative so "juta" is not read as "jt" + "a". */
const UNITS: [RegExp, number][] = [
  [/^(?:triliun|trilyun|t)$/, 1e12],
  [/^(?:miliar|milyar|milyard|miliard|mlyr|mly|mil|m)$/, 1e9],
  [/^(?:juta|jta|jt|j)$/, 1e6],
  [/^(?:ribu|rbu|rb|k)$/, 1e3],
];

/**
 * Reads rupiah as people write it: "Rp 1.500.000", "Rp1.500.000,00", "Rp 1.500.000,-", "1,5 jt",
 * "1.5 juta", "500rb", "500 ribu", "500k", "2 M"/"2 miliar"/"2 milyar", "1500000", "1,500,000",
 * "1.500.000", "± 2 jt". Empty, "-", "n/a", "tidak ada" give `value: null`; "0" gives 0.
 * Refused (`ok: false`): "1,5" or "1.5" without a unit (1½ rupiah or 1,500?), "1.500 jt" (1.5 or 1,500
 * million?), negatives, ranges, scientific notation, more than Rp 10^15, and anything else unreadable.
 */
export function parseRupiah(text: string): RupiahRead {
  // Fast path: most cells are plain digits (number cells as the sheet reader writes them out).
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  const usual = USUAL.exec(text); // "Rp 3.500.000", "3.500.000,00": the office's own format
  if (usual) return { ok: true, value: Number(usual[1]!.replaceAll('.', '')) };
  let s = text.trim().toLowerCase();
  if (EMPTY.has(s)) return { ok: true, value: null };
  // Approximations ("± 2 jt", "kurang lebih 2 juta") are still the figure the owner gave.
  s = s.replace(/^(?:±|\+\/-|\+-|kurang lebih|kurleb|kira-kira|kira2|sekitar|kl\.?)\s*/, '');
  // Currency marks and the accounting ",-" / ".-" tail ("Rp 1.500.000,-").
  s = s.replace(/^(?:rp\.?|idr)\s*/, '').replace(/[.,]\s*-$/, '').replace(/\s+/g, '');
  if (s === '' || s === '-' || s === '--') return { ok: true, value: null }; // "Rp -": accounting for "none"
  if (s.startsWith('-') || s.startsWith('(')) return { ok: false };
  const m = /^(\d[\d.,]*)([a-z]*)\.?$/.exec(s);
  if (!m) return { ok: false };
  const [, num = '', unitWord = ''] = m;
  let multiplier = 1;
  if (unitWord) {
    const unit = UNITS.find(([re]) => re.test(unitWord));
    if (!unit) return { ok: false };
    multiplier = unit[1];
  }
  const amount = readNumber(num, multiplier > 1);
  if (amount === null) return { ok: false };
  const value = Math.round(amount * multiplier);
  if (!Number.isFinite(value) || value > MAX_RUPIAH) return { ok: false };
  return { ok: true, value };
}

/**
 * Reads the digits-and-separators part. With a unit, a lone separator is a decimal point ("1,5 jt",
 * "1.25 M"); without one it must be thousands grouping, since fractions of a rupiah are not written.
 * Returns null when the text is not a number or can be read two ways.
 */
function readNumber(num: string, hasUnit: boolean): number | null {
  if (/^\d+$/.test(num)) return Number(num);
  const dots = count(num, '.');
  const commas = count(num, ',');
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark, the other groups thousands ("1.500.000,00", "1,500,000.50").
    const decimal = num.lastIndexOf('.') > num.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(num, decimal) !== 1) return null;
    const [intPart = '', frac = ''] = num.split(decimal);
    if (!isGrouped(intPart, group) || !/^\d{1,2}$/.test(frac)) return null;
    return Number(`${intPart.split(group).join('')}.${frac}`);
  }
  const sep = dots > 0 ? '.' : ',';
  const parts = num.split(sep);
  if (parts.some((p) => p === '')) return null;
  if (parts.length > 2) return isGrouped(num, sep) ? Number(parts.join('')) : null; // "1.500.000"
  const [intPart = '', frac = ''] = parts;
  if (hasUnit) {
    // "1,500 jt" could be 1.5 or 1,500 million: both readings are common enough to refuse.
    if (frac.length === 3 && intPart !== '0') return null;
    return Number(`${intPart}.${frac}`);
  }
  if (frac.length === 3) return Number(intPart + frac); // "1.500", "150,000"
  // "1500000.5" (a number Excel wrote out) has a decimal tail; "1,5" or "150,5" could mean anything.
  if (frac.length <= 2 && intPart.length > 3 && !intPart.startsWith('0')) return Number(`${intPart}.${frac}`);
  return null;
}

/** True for "1.500.000"-style grouping with `sep`: 1–3 leading digits, then groups of exactly three. */
function isGrouped(text: string, sep: string): boolean {
  return (sep === '.' ? GROUPED_DOT : GROUPED_COMMA).test(text);
}
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})*$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})*$/;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
