/**
 * Display formats: integer rupiah ("Rp 1.500.000"), counts and dates in the user's language
 * (id-ID for Bahasa Indonesia, en-GB for English).
 */

const localeOf = (lng: string): string => (lng === 'en' ? 'en-GB' : 'id-ID');

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lng: string): Intl.NumberFormat {
  const locale = localeOf(lng);
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, f);
  }
  return f;
}

/** A whole number with the language's thousands separator: 1.234 (id) or 1,234 (en). */
export function formatNumber(value: number | null | undefined, lng: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return numberFormat(lng).format(value);
}

/** Integer rupiah: "Rp 1.500.000" in Bahasa Indonesia, "Rp 1,500,000" in English. */
export function formatRupiah(value: number | null | undefined, lng: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const sign = value < 0 ? '-' : '';
  return `${sign}Rp ${numberFormat(lng).format(Math.abs(Math.round(value)))}`;
}

/** A calendar date stored as "YYYY-MM-DD", shown as "23 Nov 2026" without time-zone shifts. */
export function formatDate(value: string | null | undefined, lng: string): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeOf(lng), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO timestamp) in local time: "23 Nov 2026 19.40". */
export function formatDateTime(value: string | null | undefined, lng: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** NumberInput separators for the language: '.' thousands in Bahasa Indonesia, ',' in English. */
export function numberSeparators(lng: string): { thousandSeparator: string; decimalSeparator: string } {
  return lng === 'en' ? { thousandSeparator: ',', decimalSeparator: '.' } : { thousandSeparator: '.', decimalSeparator: ',' };
}
