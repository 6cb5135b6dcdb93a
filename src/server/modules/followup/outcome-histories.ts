/**
 * From stored snapshot rows to the histories `computeOutcomes` reads, and the matching of a comparison
 * group. Pure, so both are tested on hand-built rows.
 */
import { monthlyFromAnnual } from './outcome-stats';
import type { ParticipantHistory, Scale, Snapshot, TradingStatus } from './outcomes';

/** One business_metrics row as the repository returns it (amounts may arrive as strings from node-postgres). */
export interface MetricRow {
  business_id: string;
  recorded_on: string;
  annual_sales: string | number | null;
  workers_male: number;
  workers_female: number;
  scale: string;
  scale_rule_id: string;
  status: string | null;
  licences: string[] | null;
  source: string;
}

/** Comparison businesses per participant: enough to steady a median, few enough to stay "similar". */
export const COMPARISON_PER_PARTICIPANT = 2;

/**
 * A participant's history: the baseline is the last snapshot on or before completion (the enrolment
 * baseline, or an older registry figure when none was taken); every later snapshot is a follow-up.
 * The enrolment snapshot (source 'baseline') is preferred when there is one. Rows without an observed
 * status or licences (imports, edits) carry the last known ones forward; before anything is known a
 * business counts as active and its licences as unknown (so nothing counts as gained).
 */
export function buildHistory(
  who: { participantId: string; businessId: string; cohort: string; completedOn: string },
  rows: MetricRow[],
): ParticipantHistory {
  const sorted = [...rows].sort((a, b) => (a.recorded_on < b.recorded_on ? -1 : a.recorded_on > b.recorded_on ? 1 : 0));
  let status: TradingStatus = 'active';
  let licences: string[] | null = null;
  let baseline: Snapshot | null = null;
  let enrolment: Snapshot | null = null;
  const snapshots: Snapshot[] = [];
  for (const row of sorted) {
    status = (row.status as TradingStatus | null) ?? status;
    licences = row.licences ?? licences;
    const snapshot: Snapshot = {
      date: row.recorded_on, status, monthlySales: monthlyFromAnnual(row.annual_sales), workersMale: row.workers_male,
      workersFemale: row.workers_female, scale: row.scale as Scale, scaleRule: row.scale_rule_id, licences,
    };
    // A follow-up dated on the completion day itself is an observation after the training.
    if (row.recorded_on < who.completedOn || (row.recorded_on === who.completedOn && row.source !== 'followup')) {
      baseline = snapshot;
      if (row.source === 'baseline') enrolment = snapshot;
    } else snapshots.push(snapshot);
  }
  // The snapshot taken at enrolment is the reference, not an edit made during the training.
  return { ...who, baseline: enrolment ?? baseline, snapshots };
}

/** Monthly sales bands used to match similar businesses (rupiah a month). */
const BAND_LIMITS = [5_000_000, 15_000_000, 50_000_000, 150_000_000];
/** The sales band of a monthly figure; 'unknown' matches only unknown. */
export function salesBand(monthly: number | null): string {
  if (monthly === null) return 'unknown';
  const i = BAND_LIMITS.findIndex((limit) => monthly < limit);
  return `b${i === -1 ? BAND_LIMITS.length : i}`;
}

export interface ComparisonCandidate {
  id: string;
  kecamatan_code: string;
  sector: string;
  scale: string;
  annual_sales: string | number | null;
}

/**
 * Picks up to COMPARISON_PER_PARTICIPANT never-trained businesses per participant with the same scale
 * and sales band at baseline, from the same kecamatan first and then the same sector; a candidate is
 * used once. Deterministic (candidates in id order), so the dashboard and its export agree.
 * Each match inherits its participant's completion date, so both are followed over the same months.
 */
export function matchComparison(
  participants: { kecamatan_code: string; sector: string; completed_on: string; baseline: Snapshot | null }[],
  candidates: ComparisonCandidate[],
): { businessId: string; completedOn: string }[] {
  // Pools per scale + band + kecamatan and per scale + band + sector, each walked once from a cursor:
  // linear in candidates and participants (a rescan per participant cost 0.4–0.9 s at 100,000 candidates).
  const used = new Set<string>();
  const pools = new Map<string, { items: string[]; next: number }>();
  const add = (key: string, id: string) => {
    const pool = pools.get(key) ?? { items: [], next: 0 };
    pool.items.push(id);
    pools.set(key, pool);
  };
  for (const c of candidates) {
    const key = `${c.scale}|${salesBand(monthlyFromAnnual(c.annual_sales))}`;
    add(`${key}|k|${c.kecamatan_code}`, c.id);
    add(`${key}|s|${c.sector}`, c.id);
  }
  const take = (key: string, count: number): string[] => {
    const pool = pools.get(key);
    const picked: string[] = [];
    while (pool && picked.length < count && pool.next < pool.items.length) {
      const id = pool.items[pool.next++]!;
      if (used.has(id)) continue;
      used.add(id);
      picked.push(id);
    }
    return picked;
  };
  const out: { businessId: string; completedOn: string }[] = [];
  for (const p of participants) {
    if (!p.baseline?.scale) continue;
    const key = `${p.baseline.scale}|${salesBand(p.baseline.monthlySales)}`;
    const picked = take(`${key}|k|${p.kecamatan_code}`, COMPARISON_PER_PARTICIPANT);
    picked.push(...take(`${key}|s|${p.sector}`, COMPARISON_PER_PARTICIPANT - picked.length));
    for (const id of picked) out.push({ businessId: id, completedOn: p.completed_on });
  }
  return out;
}
