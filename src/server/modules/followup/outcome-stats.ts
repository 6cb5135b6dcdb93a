/**
 * Calendar and statistics helpers for follow-up outcomes. Everything here works on 'YYYY-MM-DD' strings
 * in UTC arithmetic only, so no time zone (WIB/WITA/WIT vs the server's or the phone's) can shift a day,
 * and nothing reads the clock. Browser-safe: the field app and the office app use it too.
 */

interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`, Gregorian calendar. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Parses a strict 'YYYY-MM-DD' calendar date. Throws a RangeError on anything else ('2026-1-5',
 * '2026-02-30', a timestamp): outcomes compare dates as strings, which is only sound when every
 * date has exactly this shape, so malformed input must fail loudly rather than sort wrongly.
 */
export function parseIsoDate(iso: string): CalendarDay {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`no such calendar day: ${iso}`);
  return { y, m, d };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const format = (c: CalendarDay) => `${pad(c.y, 4)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;

/**
 * Whole calendar months elapsed from `fromIso` to `toIso`, rounded down: a month is complete when
 * the day of month reaches the starting day again. So 2026-01-31 → 2026-02-28 is 0 (February never
 * reaches the 31st) and → 2026-03-01 is 1; 2024-02-29 → 2025-02-28 is 11 and → 2025-03-01 is 12.
 * When `toIso` is earlier the result is the negative of the reverse distance.
 */
export function monthsBetween(fromIso: string, toIso: string): number {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  if (toIso < fromIso) return -monthsBetween(toIso, fromIso);
  const raw = (to.y - from.y) * 12 + (to.m - from.m);
  return to.d < from.d ? raw - 1 : raw;
}

/**
 * The first day on which `months` whole months have elapsed since `fromIso`, in the sense of
 * {@link monthsBetween}: the same day of month `months` later, or, when that month is too short, the
 * 1st of the month after it (2026-01-31 + 1 → 2026-03-01). Defined this way, rather than clamped to
 * the month end, so that `monthsBetween(from, monthsAfter(from, m)) === m` always holds and the
 * survival points agree with the month counts a dashboard shows.
 */
export function monthsAfter(fromIso: string, months: number): string {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number ≥ 0: ${months}`);
  const from = parseIsoDate(fromIso);
  const index = from.y * 12 + (from.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  if (from.d <= daysInMonth(y, m)) return format({ y, m, d: from.d });
  return format(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 });
}

/**
 * Exact median: the middle value for an odd count, the mean of the two middle values for an even
 * count, null for no values. Does not modify its input. Throws on NaN or infinities, which would
 * otherwise sort unpredictably and yield a plausible-looking wrong answer.
 */
export function median(values: number[]): number | null {
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('median of a non-finite value');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Rounds half away from zero to `decimals` places, so a fall of 2.5 rounds to -3 just as a rise of
 * 2.5 rounds to 3 (Math.round alone would turn -2.5 into -2 and bias falls towards zero).
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded; // never -0: it prints as "0" but fails toBe(0) / Object.is
}

/** `iso` (YYYY-MM-DD) plus `days` calendar days (negative goes back). */
export function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIsoDate(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Monthly sales from the registry's yearly figure (check-ins and owners speak per month), rounded to
 * whole rupiah; null stays unknown. Accepts node-postgres's bigint strings.
 */
export function monthlyFromAnnual(annual: number | string | null | undefined): number | null {
  return annual === null || annual === undefined ? null : Math.round(Number(annual) / 12);
}
