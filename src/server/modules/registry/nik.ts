import type { RegionDirectory } from '../tenancy/regions';

/** What a NIK says about its holder, when it is plausible. */
export interface NikFacts {
  regionDigits: string; // PPRRKK: kecamatan where the card was issued
  birthDate: string; // ISO yyyy-mm-dd
  gender: 'L' | 'P';
}

export type NikCheck = { ok: true; facts: NikFacts } | { ok: false; reason: 'format' | 'region' | 'birth_date' | 'serial' };

/**
 * Checks a NIK (16-digit national ID) by its structure: digits 1–6 an existing kecamatan code,
 * 7–12 the birth date DDMMYY with 40 added to DD for women, 13–16 a serial other than 0000.
 * A two-digit year is read as the most recent past year (so "05" is 2005 in 2026, "60" is 1960).
 * Written here on purpose: the npm `nik-parser` gets women and post-2000 births wrong.
 */
export function checkNik(nik: string, regions: Pick<RegionDirectory, 'nikRegionExists'>, today = new Date()): NikCheck {
  if (!/^\d{16}$/.test(nik)) return { ok: false, reason: 'format' };
  const regionDigits = nik.slice(0, 6);
  if (!regions.nikRegionExists(regionDigits)) return { ok: false, reason: 'region' };
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const gender: 'L' | 'P' = day > 40 ? 'P' : 'L';
  if (day > 40) day -= 40;
  const currentYear = today.getUTCFullYear();
  const century = 2000 + yy <= currentYear ? 2000 : 1900;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = day >= 1 && month >= 1 && month <= 12 && date.getUTCDate() === day && date.getUTCMonth() === month - 1;
  if (!valid || date > today) return { ok: false, reason: 'birth_date' };
  if (nik.slice(12) === '0000') return { ok: false, reason: 'serial' };
  return { ok: true, facts: { regionDigits, birthDate: date.toISOString().slice(0, 10), gender } };
}

/** Masks a NIK for roles that do not need it: region digits and the last two stay visible. */
export function maskNik(nik: string | null): string | null {
  if (!nik) return nik;
  return nik.slice(0, 6) + '•'.repeat(Math.max(0, nik.length - 8)) + nik.slice(-2);
}
