/**
 * Eligibility screening for empowerment programmes: a pure rule module (no database, no clock), so
 * the same answer can be shown while an officer screens nominations, stored with the decision
 * (participants.eligibility) and tested without a server. Every rule gives a reason with a message
 * key and the parameters its text needs (see eligibility.messages.ts): officers must see WHY a
 * business fails, because they may still override the outcome with a written reason.
 */
import type { EligibilityRules, ParticipantStatus } from './programme.table';

/** What is known about one nominated or applying business at screening time. */
export interface CandidateFacts {
  businessId: string;
  scale: 'micro' | 'small' | 'medium' | 'large';
  sector: string; // e.g. 'kuliner'
  kecamatanCode: string; // e.g. '32.04.05'
  startYear: number | null; // year the business started
  licenceKinds: string[]; // kinds held, e.g. ['NIB','PIRT']
  /** Earlier participations of this business in programmes of the same kind AND topic (other programmes). */
  history: { programmeId: string; year: number; status: ParticipantStatus }[];
  /** ISO timestamp the candidate applied / was nominated */
  appliedAt: string;
}

/** The programme-side facts a screening needs, gathered by the caller. */
export interface ScreeningContext {
  rules: EligibilityRules;
  /** target participants per kecamatan code (programme.targets) */
  targets: Record<string, number>;
  /** participants already ACCEPTED (or completed) per kecamatan in this programme, not counting this candidate */
  acceptedPerKecamatan: Record<string, number>;
  /** the current year, e.g. 2026 (passed in; never read the clock) */
  currentYear: number;
}

/** The rules a reason can come from; `first_time` is informational only. */
export type RuleName = 'scale' | 'sector' | 'licence' | 'min_age' | 'max_age' | 'recent_attendance' | 'kecamatan_quota' | 'first_time';

/** One rule's outcome: `messageKey` is `programmes.eligibility.<rule>.<variant>`, `params` fill its {{placeholders}}. */
export interface EligibilityReason {
  rule: RuleName;
  ok: boolean;
  messageKey: string;
  params: Record<string, string | number>;
}

/** The screening outcome: eligible when every non-informational reason is ok; reasons in a fixed rule order. */
export interface EligibilityResult {
  eligible: boolean;
  firstTime: boolean;
  reasons: EligibilityReason[];
}

/** Rules that only inform the officer and never make a candidate ineligible. */
const INFORMATIONAL: ReadonlySet<RuleName> = new Set<RuleName>(['first_time']);

/** Statuses that mean the business really took part; applying, refusal, withdrawal or waiting do not. */
const ATTENDED: ReadonlySet<ParticipantStatus> = new Set<ParticipantStatus>(['accepted', 'completed']);

const reason = (rule: RuleName, ok: boolean, variant: string, params: Record<string, string | number> = {}): EligibilityReason => ({
  rule,
  ok,
  messageKey: `programmes.eligibility.${rule}.${variant}`,
  params,
});

// Rules come from JSONB edited in the UI, so an absent field may also arrive as null: both mean "no rule".
const isSet = (value: number | undefined | null): value is number => value !== undefined && value !== null;

/** Membership rule for a list of allowed codes (scale, sector); an empty list means "no rule". */
function listRule(rule: 'scale' | 'sector', value: string, allowed: readonly string[] | undefined): EligibilityReason | null {
  if (!allowed || allowed.length === 0) return null;
  const ok = allowed.includes(value);
  return reason(rule, ok, ok ? 'ok' : 'fail', { value, allowed: allowed.join(', ') });
}

function licenceRule(held: readonly string[], required: readonly string[] | undefined): EligibilityReason | null {
  if (!required || required.length === 0) return null;
  // Deduplicated so a rule listing a kind twice does not name it twice as missing.
  const requiredKinds = [...new Set(required)];
  const missing = requiredKinds.filter((kind) => !held.includes(kind));
  const params = { required: requiredKinds.join(', ') };
  return missing.length === 0 ? reason('licence', true, 'ok', params) : reason('licence', false, 'fail', { ...params, missing: missing.join(', ') });
}

function ageRules(startYear: number | null, rules: EligibilityRules, currentYear: number): EligibilityReason[] {
  const out: EligibilityReason[] = [];
  const { minBusinessAgeYears: min, maxBusinessAgeYears: max } = rules;
  // Unknown start year fails (rather than passes) so it is visible; a distinct key tells the officer
  // the data is missing, not that the business is too young/old, and they may override.
  const age = startYear === null ? null : currentYear - startYear;
  if (isSet(min)) {
    if (age === null) out.push(reason('min_age', false, 'unknown', { min }));
    else out.push(reason('min_age', age >= min, age >= min ? 'ok' : 'fail', { age, min }));
  }
  if (isSet(max)) {
    if (age === null) out.push(reason('max_age', false, 'unknown', { max }));
    else out.push(reason('max_age', age <= max, age <= max ? 'ok' : 'fail', { age, max }));
  }
  return out;
}

/** The latest year the business actually attended (accepted or completed), or null when never. */
function lastAttendedYear(history: CandidateFacts['history']): number | null {
  let latest: number | null = null;
  for (const entry of history) if (ATTENDED.has(entry.status) && (latest === null || entry.year > latest)) latest = entry.year;
  return latest;
}

function recentAttendanceRule(history: CandidateFacts['history'], years: number | undefined, currentYear: number): EligibilityReason | null {
  if (!isSet(years)) return null;
  // "Within N years" is strict: attending exactly N years ago is allowed again (2023 with N=3 in 2026).
  const recent = history.filter((h) => ATTENDED.has(h.status) && currentYear - h.year < years);
  if (recent.length === 0) return reason('recent_attendance', true, 'ok', { years });
  // Name the latest such year: that is the one the officer will look up.
  const year = Math.max(...recent.map((h) => h.year));
  return reason('recent_attendance', false, 'fail', { year, years });
}

function quotaRule(kecamatan: string, context: ScreeningContext): EligibilityReason | null {
  if (context.rules.kecamatanQuota !== true) return null;
  const target = context.targets[kecamatan] ?? 0;
  // A kecamatan without a target has no seats: quotas exist to spread places across the region.
  if (target <= 0) return reason('kecamatan_quota', false, 'no_target', { kecamatan });
  const accepted = context.acceptedPerKecamatan[kecamatan] ?? 0;
  const ok = accepted < target;
  return reason('kecamatan_quota', ok, ok ? 'ok' : 'fail', { kecamatan, accepted, target });
}

/**
 * Screens one candidate against a programme's rules. Only rules that are set produce a reason, plus
 * the always-present informational `first_time` reason; `eligible` is true when every other reason is ok.
 */
export function checkEligibility(candidate: CandidateFacts, context: ScreeningContext): EligibilityResult {
  const { rules, currentYear } = context;
  const lastYear = lastAttendedYear(candidate.history);
  const firstTime = lastYear === null;
  const reasons = [
    listRule('scale', candidate.scale, rules.scales),
    listRule('sector', candidate.sector, rules.sectors),
    licenceRule(candidate.licenceKinds, rules.requiredLicences),
    ...ageRules(candidate.startYear, rules, currentYear),
    recentAttendanceRule(candidate.history, rules.notAttendedWithinYears, currentYear),
    quotaRule(candidate.kecamatanCode, context),
    firstTime ? reason('first_time', true, 'first') : reason('first_time', true, 'repeat', { year: lastYear }),
  ].filter((r): r is EligibilityReason => r !== null);
  const eligible = reasons.every((r) => r.ok || INFORMATIONAL.has(r.rule));
  return { eligible, firstTime, reasons };
}

// Compared as instants (not strings) because timestamps may carry different offsets (Z vs +07:00);
// an unreadable one sorts after every readable one rather than breaking the order.
const appliedTime = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/** Orders screened candidates: eligible before ineligible; then (when rules.firstTimeFirst) first-time before repeat; then earliest appliedAt; stable. */
export function rankCandidates<T extends { result: EligibilityResult; appliedAt: string }>(items: T[], rules: EligibilityRules): T[] {
  const firstTimeFirst = rules.firstTimeFirst === true;
  // Decorate with the original index so ties keep their input order whatever the sort does,
  // and so equal-but-unreadable timestamps (Infinity - Infinity = NaN) never reach the comparator.
  return items
    .map((item, index) => ({ item, index, time: appliedTime(item.appliedAt) }))
    .sort((a, b) => {
      if (a.item.result.eligible !== b.item.result.eligible) return a.item.result.eligible ? -1 : 1;
      if (firstTimeFirst && a.item.result.firstTime !== b.item.result.firstTime) return a.item.result.firstTime ? -1 : 1;
      if (a.time !== b.time) return a.time < b.time ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
