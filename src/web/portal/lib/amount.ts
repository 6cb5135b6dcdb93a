/**
 * Whole numbers as owners type and read them: rupiah grouped by thousands ("1.500.000", never
 * "1500000", where an extra zero hides), typed with the phone's digit keypad. Pure, so tested without
 * a browser. (Not Intl.NumberFormat for the input: it would round past 2^53 and could add a currency
 * symbol inside the box, where the keypad cannot type it.)
 */
import { digitsOnly } from './input';

const separator = (lang: string) => (lang === 'en' ? ',' : '.');

/** The digits of `text` without leading zeros, at most `maxDigits` long ("007" → "7", "0" stays "0"). */
export function wholeDigits(text: string, maxDigits: number): string {
  const digits = digitsOnly(text).replace(/^0+(?=\d)/, '');
  return digits.slice(0, maxDigits);
}

/** "1500000" → "1.500.000" (id) or "1,500,000" (en); "" stays "". */
export const groupDigits = (digits: string, lang: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator(lang));

/** "Rp1.500.000" (id) / "Rp1,500,000" (en): how Indonesians write an amount. */
export const formatRupiah = (amount: number, lang: string): string => `${amount < 0 ? '-' : ''}Rp${groupDigits(String(Math.abs(Math.trunc(amount))), lang)}`;

/** The number typed, or null when the box is empty. */
export const parseWhole = (digits: string): number | null => (digits === '' ? null : Number(digits));

/**
 * Where the caret goes in the regrouped `text` so it stays after the same digit it followed before
 * (`digitsBefore` counted in the old text): typing in the middle of "1.500.000" must not jump to the end.
 */
export function caretAfterDigits(text: string, digitsBefore: number): number {
  if (digitsBefore <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\d/.test(text[i]!)) seen += 1;
    if (seen === digitsBefore) return i + 1;
  }
  return text.length;
}
