/**
 * Programme outcomes computed from business histories: who is still trading months after the
 * training, whose sales grew, how many jobs were gained or lost, who moved up a class, which licences
 * were obtained. Pure: the caller loads the histories and passes `asOf`, so the same inputs always
 * give the same figures (a dashboard, an xlsx export and a test agree) and nothing reads the clock.
 */
import { movedUp, type Scale } from '../../kernel/scale-rules';
import { median, monthsAfter, parseIsoDate, roundHalfAwayFromZero } from './outcome-stats';

export { median, monthsBetween } from './outcome-stats';
/** Business scale; the same union the registry's versioned rule sets classify into. */
export type { Scale };

/** Whether a business still trades. Dormant businesses often come back, so they count as surviving. */
export type TradingStatus = 'active' | 'dormant' | 'closed';

/** One dated observation of a business (a check-in or the enrolment baseline). */
export interface Snapshot {
  /** ISO date 'YYYY-MM-DD'. */
  date: string;
  status: TradingStatus;
  /** Integer rupiah per month; null = not known. */
  monthlySales: number | null;
  workersMale: number | null;
  workersFemale: number | null;
  /** Scale as classified by the rule set in force at that date; null = not classified. */
  scale: Scale | null;
  /**
   * Id of the rule set that produced `scale` (e.g. 'PP7_2021'). Optional; when both sides of a
   * comparison carry one and they differ, the pair is left out of naik kelas, because a change of
   * rule is not growth.
   */
  scaleRule?: string | null;
  /** Licence kinds held at that date, e.g. ['NIB', 'PIRT']; compared case-insensitively. */
  licences: string[] | null;
}

/** A participant's history: completion date, the baseline at enrolment, later snapshots (any order). */
export interface ParticipantHistory {
  participantId: string;
  businessId: string;
  /** Programme id or a period such as "2026-Q1"; outcomes are grouped by it and never mixed. */
  cohort: string;
  /** ISO date on which the participant completed the programme; survival months count from here. */
  completedOn: string;
  /** Snapshot taken at enrolment; the reference for sales, jobs, scale and licences. */
  baseline: Snapshot | null;
  /** Follow-up check-ins, in any order. */
  snapshots: Snapshot[];
}

/** Options of {@link computeOutcomes}. */
export interface OutcomeOptions {
  /** ISO date the figures are computed for; snapshots dated after it are ignored. */
  asOf: string;
  /** Months after completion at which survival is reported; default [1, 3, 6, 12]. */
  monthsPoints?: number[];
}

/** Survival at one point, `months` after completion (see {@link computeOutcomes} for the rule). */
export interface SurvivalPoint {
  months: number;
  /** Participants whose status at this point is known (not censored). */
  atRisk: number;
  /** Of those, still trading: active or dormant. */
  surviving: number;
  /** surviving / atRisk, or null when nobody is at risk (no figure rather than a fake 0% or 100%). */
  rate: number | null;
}

/** Outcomes of one cohort. */
export interface CohortOutcome {
  cohort: string;
  /** Every history of the cohort, with or without a baseline or follow-up. */
  participants: number;
  survival: SurvivalPoint[];
  /** Participants whose latest snapshot says 'dormant' (surviving, but reported apart). */
  dormantLatest: number;
  /** Median of (latest − baseline) / baseline × 100, rounded half away from zero to 1 decimal. */
  medianSalesChangePercent: number | null;
  /** Median of (latest − baseline) monthly sales in rupiah, rounded to an integer. */
  medianSalesChangeRupiah: number | null;
  /** Participants that entered both sales medians. */
  salesSample: number;
  /** Sum of (latest − baseline) total workers; negative when jobs were lost. */
  netJobs: number;
  /** The same sum split by gender; male + female === netJobs. */
  jobsByGender: { male: number; female: number };
  /** Participants whose latest scale is above their baseline scale (micro < small < medium < large). */
  naikKelas: number;
  naikKelasSample: number;
  /** Per licence kind (upper-cased): participants holding it at latest but not at baseline. */
  legalityGained: Record<string, number>;
  /** Participants whose latest snapshot says 'closed'. */
  closedLatest: number;
}

/** What a participant's history says about survival at one point. */
type PointStatus = 'not-due' | 'unknown' | 'surviving' | 'closed';

/**
 * Snapshots dated on or before `asOf`, sorted by date; the sort is stable, so snapshots sharing a
 * date keep their input order and the last of them is the one read (a same-day correction wins).
 */
function usableSnapshots(history: ParticipantHistory, asOf: string): Snapshot[] {
  for (const s of history.snapshots) checkDate(s.date, history);
  return history.snapshots.filter((s) => s.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function checkDate(iso: string, history: ParticipantHistory): void {
  try {
    parseIsoDate(iso);
  } catch (error) {
    throw new RangeError(`participant ${history.participantId}: ${(error as Error).message}`, { cause: error });
  }
}

/** Survival status at `point` (a date ≤ asOf) from date-sorted snapshots; see computeOutcomes. */
function statusAt(sorted: Snapshot[], point: string): Exclude<PointStatus, 'not-due'> {
  let lastOnOrBefore: Snapshot | undefined;
  for (const s of sorted) if (s.date <= point) lastOnOrBefore = s;
  if (lastOnOrBefore?.status === 'closed') return 'closed';
  return sorted.some((s) => s.date >= point) ? 'surviving' : 'unknown';
}

/** The latest non-null value of `pick` among date-sorted snapshots, or null. */
function latestKnown<T>(sorted: Snapshot[], pick: (s: Snapshot) => T | null): T | null {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const value = pick(sorted[i]!);
    if (value !== null) return value;
  }
  return null;
}

const workersOf = (s: Snapshot) =>
  s.workersMale !== null && s.workersFemale !== null ? { male: s.workersMale, female: s.workersFemale } : null;

const licenceKinds = (s: Snapshot) => new Set((s.licences ?? []).map((k) => k.trim().toUpperCase()).filter((k) => k !== ''));

/** Running totals of one cohort, turned into a CohortOutcome at the end. */
interface Tally {
  participants: number;
  survival: { atRisk: number; surviving: number }[];
  dormantLatest: number;
  closedLatest: number;
  salesPercent: number[];
  salesRupiah: number[];
  jobsMale: number;
  jobsFemale: number;
  naikKelas: number;
  naikKelasSample: number;
  legality: Map<string, number>;
}

/**
 * Adds one participant's baseline-vs-latest comparison to the tally. A business whose latest
 * snapshot is 'closed' sells nothing and employs nobody: a null sales or worker figure on that
 * closing snapshot is read as 0 (not as the last figure from when it still traded), otherwise
 * closures would hide lost jobs and lost sales. A closed business never counts as moving up, but does
 * stay in the naik kelas sample, so the share is not computed over survivors only.
 */
function tallyChange(tally: Tally, baseline: Snapshot, sorted: Snapshot[]): void {
  const latest = sorted[sorted.length - 1];
  if (!latest) return; // never followed up: nothing to compare
  const closed = latest.status === 'closed';

  const sales = closed ? (latest.monthlySales ?? 0) : latestKnown(sorted, (s) => s.monthlySales);
  if (baseline.monthlySales !== null && baseline.monthlySales > 0 && sales !== null) {
    tally.salesPercent.push(((sales - baseline.monthlySales) / baseline.monthlySales) * 100);
    tally.salesRupiah.push(sales - baseline.monthlySales);
  }

  const before = workersOf(baseline);
  const after = closed ? { male: latest.workersMale ?? 0, female: latest.workersFemale ?? 0 } : latestKnown(sorted, workersOf);
  if (before && after) {
    tally.jobsMale += after.male - before.male;
    tally.jobsFemale += after.female - before.female;
  }

  if (baseline.scale !== null) {
    const scaled = closed ? latest : sorted.findLast((s) => s.scale !== null);
    const sameRule = !baseline.scaleRule || !scaled?.scaleRule || baseline.scaleRule === scaled.scaleRule;
    if (scaled && sameRule) {
      tally.naikKelasSample += 1;
      if (!closed && movedUp(baseline.scale, scaled.scale!)) tally.naikKelas += 1;
    }
  }

  // Licences not recorded on either side (imports, edits before they were recorded) prove nothing gained.
  if (baseline.licences === null || latest.licences === null) return;
  const had = licenceKinds(baseline);
  for (const kind of licenceKinds(latest)) {
    if (!had.has(kind)) tally.legality.set(kind, (tally.legality.get(kind) ?? 0) + 1);
  }
}

/**
 * Computes outcomes per cohort, one CohortOutcome per distinct `cohort`, sorted by cohort (plain
 * string order); a cohort's figures only ever use its own histories.
 *
 * "Latest" is the snapshot with the greatest date ≤ asOf (ties: the last in input order); snapshots
 * after asOf are ignored everywhere. The baseline is the reference point, never a follow-up: it is
 * not a candidate for "latest" and not an observation for survival.
 *
 * Survival at point m. Let P = completedOn + m months (see `monthsAfter`: the first day on which
 * `monthsBetween(completedOn, day) === m`, so 2026-01-31 + 1 month = 2026-03-01). A participant is
 * - not due, and left out of atRisk, when P > asOf;
 * - closed at P when the latest snapshot dated ≤ P says 'closed' (a closure counts from the date of
 *   the snapshot that records it; a business seen closed before P stays closed at P even if a later
 *   check-in finds it reopened);
 * - surviving at P when it is not closed at P and some snapshot is dated ≥ P (active, dormant, or a
 *   closure recorded after P: the business was still trading at P);
 * - otherwise censored (unknown): no snapshot on or after P and not closed by P, e.g. never followed
 *   up, or last seen trading before P. Censored participants are NOT in atRisk, so rate =
 *   surviving / atRisk describes only participants whose status at P is known.
 *
 * Sales, jobs, naik kelas and legality compare the baseline with the latest snapshot; participants
 * without a baseline or without any snapshot ≤ asOf are left out of them. "Latest known" figures are
 * the most recent non-null value (workers: both genders from the same snapshot), except on a closed
 * business (see the rule on closures below). Sales need a baseline above 0 (a percentage of 0 is
 * meaningless); jobs need both baseline worker counts; naik kelas needs a baseline and a latest
 * scale classified by the same rule set (when both name one). Licence kinds are trimmed and
 * upper-cased, so 'nib' at baseline and 'NIB' later is not a gain. dormantLatest and closedLatest
 * count every participant with a snapshot ≤ asOf, baseline or not: they belong with survival.
 *
 * Closures: a null sales or worker figure on a closing snapshot counts as 0, and a closed business is
 * in the naik kelas sample but never moved up.
 *
 * Throws a RangeError on a malformed date or a months point that is not a whole number ≥ 0.
 */
export function computeOutcomes(histories: ParticipantHistory[], options: OutcomeOptions): CohortOutcome[] {
  parseIsoDate(options.asOf);
  const points = options.monthsPoints ?? [1, 3, 6, 12];
  for (const m of points) monthsAfter(options.asOf, m); // validates each point up front

  const tallies = new Map<string, Tally>();
  for (const history of histories) {
    checkDate(history.completedOn, history);
    if (history.baseline) checkDate(history.baseline.date, history);
    let tally = tallies.get(history.cohort);
    if (!tally) {
      tally = {
        participants: 0,
        survival: points.map(() => ({ atRisk: 0, surviving: 0 })),
        dormantLatest: 0,
        closedLatest: 0,
        salesPercent: [],
        salesRupiah: [],
        jobsMale: 0,
        jobsFemale: 0,
        naikKelas: 0,
        naikKelasSample: 0,
        legality: new Map(),
      };
      tallies.set(history.cohort, tally);
    }
    tally.participants += 1;

    const sorted = usableSnapshots(history, options.asOf);
    points.forEach((m, i) => {
      const point = monthsAfter(history.completedOn, m);
      if (point > options.asOf) return;
      const status = statusAt(sorted, point);
      if (status === 'unknown') return;
      tally.survival[i]!.atRisk += 1;
      if (status === 'surviving') tally.survival[i]!.surviving += 1;
    });

    const latest = sorted[sorted.length - 1];
    if (latest?.status === 'dormant') tally.dormantLatest += 1;
    if (latest?.status === 'closed') tally.closedLatest += 1;
    if (history.baseline) tallyChange(tally, history.baseline, sorted);
  }

  return [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cohort, t]) => {
      const pct = median(t.salesPercent);
      const rupiah = median(t.salesRupiah);
      return {
        cohort,
        participants: t.participants,
        survival: points.map((months, i) => {
          const { atRisk, surviving } = t.survival[i]!;
          return { months, atRisk, surviving, rate: atRisk === 0 ? null : surviving / atRisk };
        }),
        dormantLatest: t.dormantLatest,
        medianSalesChangePercent: pct === null ? null : roundHalfAwayFromZero(pct, 1),
        medianSalesChangeRupiah: rupiah === null ? null : roundHalfAwayFromZero(rupiah),
        salesSample: t.salesPercent.length,
        netJobs: t.jobsMale + t.jobsFemale,
        jobsByGender: { male: t.jobsMale, female: t.jobsFemale },
        naikKelas: t.naikKelas,
        naikKelasSample: t.naikKelasSample,
        legalityGained: Object.fromEntries([...t.legality.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
        closedLatest: t.closedLatest,
      };
    });
}
