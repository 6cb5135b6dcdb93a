/**
 * Texts of plausibility findings (`followup.check.*`), from the server's own message table so phone
 * and server say the same thing. Amounts arrive as raw integer rupiah and dates as ISO days; they are
 * formatted here for reading ("Rp 1.500.000", "3 Mar 2027").
 */
import { plausibilityMessages } from '../../../server/modules/followup/plausibility';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { interpolate } from '../../portal/lib/translate';

/** Parameters holding rupiah amounts, per rule: the same names hold head counts in the worker rules. */
const AMOUNTS: Record<string, readonly string[]> = {
  sales_jump: ['previous', 'current'],
  sales_above_scale: ['annual', 'limit'],
  closed_with_sales: ['sales'],
  sales_negative: ['sales'],
  sales_not_integer: ['sales'],
};
const DATES = new Set(['date', 'today', 'lastVisit']);
const PREFIX = 'followup.check.';

const tables: Partial<Record<'id' | 'en', Record<string, string>>> = {};
const table = (lang: 'id' | 'en') => (tables[lang] ??= plausibilityMessages(lang));

/** True when `key` is a plausibility rule's message key. */
export const isFindingKey = (key: string): boolean => key.startsWith(PREFIX);

/** The params of a finding formatted for reading. */
export function formatFindingParams(key: string, params: Record<string, string | number>, lang: string): Record<string, string> {
  const amounts = AMOUNTS[key.slice(PREFIX.length)] ?? [];
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (amounts.includes(name) && typeof value === 'number') out[name] = formatRupiah(value, lang);
    else if (DATES.has(name) && typeof value === 'string') out[name] = formatDate(value, lang);
    else if (typeof value === 'number') out[name] = formatNumber(value, lang);
    else out[name] = value;
  }
  return out;
}

/** The text of a plausibility finding, or undefined when `key` is not one. */
export function findingText(key: string, params: Record<string, string | number>, lang: string): string | undefined {
  const text = table(lang === 'en' ? 'en' : 'id')[key];
  return text === undefined ? undefined : interpolate(text, formatFindingParams(key, params, lang));
}
