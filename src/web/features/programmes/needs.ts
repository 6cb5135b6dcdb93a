import type { NeedsRow } from '../../api/types';

/** How far the stated needs of a kecamatan and topic exceed the places offered. */
export type Shortfall = 'none' | 'some' | 'severe';

/**
 * "severe" when at least 5 owners stated the need and fewer than half of them found a place (offered
 * less than half of needed, or nothing at all); "some" whenever needs exceed places; else "none".
 */
export function shortfallOf(needed: number, offered: number): Shortfall {
  if (needed <= offered) return 'none';
  if (needed >= 5 && offered * 2 <= needed) return 'severe';
  return 'some';
}

/** The rows in the order a planner reads them: biggest gap first, then kecamatan and topic. */
export function sortNeeds(rows: NeedsRow[]): NeedsRow[] {
  return [...rows].sort(
    (a, b) => b.needed - b.offered - (a.needed - a.offered) || a.kecamatanName.localeCompare(b.kecamatanName) || a.topic.localeCompare(b.topic),
  );
}

/** A share as a whole percentage (0 when the total is 0). */
export function percentOf(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}
