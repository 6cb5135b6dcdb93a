/**
 * Dates as owners read them: "12 Januari 2027", never ISO. A plain date (YYYY-MM-DD) is read as a
 * calendar day, not midnight UTC, so it never shows as the day before on a phone west of Greenwich.
 */
const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;
const localeOf = (lang: string) => (lang === 'en' ? LOCALES.en : LOCALES.id);

/** A Date of a YYYY-MM-DD day (local), or of an ISO timestamp. */
export function toDate(value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

/** "12 Januari 2027" / "12 January 2027". */
export function formatDay(value: string, lang: string): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "12 Januari 2027" when both days are the same, else "12 – 14 Januari 2027" style via two full dates. */
export function formatDayRange(from: string, to: string, lang: string): string {
  const a = formatDay(from, lang);
  const b = formatDay(to, lang);
  return a === b ? a : `${a} – ${b}`;
}

/** "Senin, 12 Januari 2027 pukul 09.00" / "Monday, 12 January 2027 at 09:00" (the phone's time zone). */
export function formatDateTime(value: string, lang: string): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}
