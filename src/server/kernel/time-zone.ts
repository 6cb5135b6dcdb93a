/**
 * Indonesia's three time zones by province code (the first two digits of a regency code): WITA for Bali,
 * Nusa Tenggara, South/East/North Kalimantan and Sulawesi; WIT for Maluku and Papua; WIB elsewhere.
 * Used for "the day before" of a session, which is the day in the regency, not on the server.
 */
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/** Hours east of UTC of a regency: 7 (WIB), 8 (WITA) or 9 (WIT). */
export function regencyUtcOffsetHours(kodeWilayah: string): 7 | 8 | 9 {
  const province = kodeWilayah.slice(0, 2);
  if (province.startsWith('8') || province.startsWith('9')) return 9;
  return WITA.has(province) ? 8 : 7;
}

/** The regency's IANA zone name, for formatting dates there. */
export function regencyTimeZone(kodeWilayah: string): 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' {
  return ({ 7: 'Asia/Jakarta', 8: 'Asia/Makassar', 9: 'Asia/Jayapura' } as const)[regencyUtcOffsetHours(kodeWilayah)];
}

/** The calendar date (YYYY-MM-DD) of an instant in the regency. */
export function regencyDate(kodeWilayah: string, at: Date): string {
  return new Date(at.getTime() + regencyUtcOffsetHours(kodeWilayah) * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The regency's calendar date `offsetDays` from today there. Dates the office sees (session days, visit
 * days, completion days) are the regency's, so seeds and tests must count from its today, not UTC's:
 * between 17:00 and 24:00 UTC a WIB regency is already on the next day.
 */
export function regencyDayFromToday(kodeWilayah: string, offsetDays: number, now: Date = new Date()): string {
  return regencyDate(kodeWilayah, new Date(now.getTime() + offsetDays * 86_400_000));
}
