import { formatDate, formatNumber, formatRupiah } from '../../lib/format';

/** Params that are ISO dates in every plausibility rule. */
const DATE_PARAMS = new Set(['date', 'today', 'lastVisit']);
/** Params that are amounts of rupiah in the sales rules (the worker rules reuse previous/current for head counts). */
const AMOUNT_PARAMS = new Set(['sales', 'previous', 'current', 'annual', 'limit']);
/** Params shown as they are (a year must not become "2.021"). */
const RAW_PARAMS = new Set(['startYear', 'status', 'scale']);

/**
 * The params of a plausibility finding ready for its message: the rules hand over raw values (integer
 * rupiah, ISO dates) so each language can format them; amounts get "Rp" only in the sales rules.
 */
export function formatFindingParams(messageKey: string, params: Record<string, string | number> | undefined, lng: string): Record<string, string> {
  const rule = messageKey.slice(messageKey.lastIndexOf('.') + 1);
  const money = rule.startsWith('sales_') || rule === 'closed_with_sales';
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (DATE_PARAMS.has(key) && typeof value === 'string') out[key] = formatDate(value, lng);
    else if (typeof value !== 'number' || RAW_PARAMS.has(key)) out[key] = String(value);
    else if (money && AMOUNT_PARAMS.has(key)) out[key] = formatRupiah(value, lng);
    else out[key] = formatNumber(value, lng);
  }
  return out;
}
