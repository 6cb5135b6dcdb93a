/**
 * The monthly-sales input: people type digits and see them grouped ("1.500.000" in Bahasa Indonesia,
 * "1,500,000" in English) while they type. Pure, so it is tested without a browser.
 */

/** 13 digits: the server's ceiling is Rp 1 trillion; anything longer is a slip of the thumb. */
const MAX_DIGITS = 13;

const separatorOf = (lang: string) => (lang === 'en' ? ',' : '.');
const decimalOf = (lang: string) => (lang === 'en' ? '.' : ',');

/**
 * The digits of what was typed or pasted, without leading zeros (one "0" stays), at most 13.
 * A pasted "Rp 1.500.000,00" keeps its rupiah only: a trailing decimal part (one or two digits after
 * the language's decimal sign) is dropped instead of multiplying the amount by a hundred.
 */
export function rupiahDigits(text: string, lang: string): string {
  const decimal = decimalOf(lang) === ',' ? /,\d{1,2}\s*$/ : /\.\d{1,2}\s*$/;
  const whole = decimal.test(text) ? text.replace(decimal, '') : text;
  const digits = whole.replace(/\D+/g, '').replace(/^0+(?=\d)/, '');
  return digits.slice(0, MAX_DIGITS);
}

/** Integer rupiah from the digits, or null when nothing was typed. */
export const parseRupiah = (digits: string): number | null => (digits === '' ? null : Number(digits));

/** The digits grouped by thousands in the language's style: "1500000" → "1.500.000". */
export function groupDigits(digits: string, lang: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separatorOf(lang));
}

/**
 * Where the caret goes in the regrouped text so it stays after the same digit it was after while
 * typing: after the `digitsBefore`-th digit (separators are skipped).
 */
export function caretAfterDigits(formatted: string, digitsBefore: number): number {
  if (digitsBefore <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i]!)) seen++;
    if (seen === digitsBefore) return i + 1;
  }
  return formatted.length;
}

/** A whole-number count as typed ("3", " 12 "): null when empty; digits only, at most 6. */
export function countDigits(text: string): string {
  return text.replace(/\D+/g, '').replace(/^0+(?=\d)/, '').slice(0, 6);
}

/** The count from its digits, or null when nothing was typed. */
export const parseCount = (digits: string): number | null => (digits === '' ? null : Number(digits));
