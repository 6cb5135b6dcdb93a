import type { BusinessDetail, BusinessStatus, SalesChannel, Topic } from '../../api/types';
import { monthlyFromAnnual } from '../../../server/modules/followup/outcome-stats';
import type { CheckinValues, Finding, PreviousState } from '../../../server/modules/followup/plausibility';
import type { CheckinBody, FollowupLicence, ObservedValues } from './followup.types';

/** A number input's value: a number, or '' when empty. */
export type MaybeNumber = number | '';

/** The office check-in form's values. Numbers stay '' until typed: empty means "not asked", never 0. */
export interface CheckinFormValues {
  visitedOn: string;
  status: BusinessStatus;
  statusReason: string;
  monthlySales: MaybeNumber;
  workersMale: MaybeNumber;
  workersFemale: MaybeNumber;
  newProducts: string;
  salesChannels: SalesChannel[];
  licencesObtained: FollowupLicence[];
  problems: string;
  needs: Topic[];
}

/** What identifies one check-in beyond the form: made once per form opening, so a retry is stored once. */
export interface CheckinContext {
  id: string;
  businessId: string;
  taskId: string | null;
  /** The business version loaded with the form; the server reports a conflict if it changed since. */
  baseVersion: number;
  /** The registry's values at `baseVersion`, so only a field changed meanwhile by someone else conflicts. */
  seen?: ObservedValues | null;
}

/** The values of a loaded business a check-in may change (what the user saw when the form opened). */
export function seenOf(business: Pick<BusinessDetail, 'status' | 'annualSales' | 'workersMale' | 'workersFemale' | 'salesChannels'>): ObservedValues {
  return {
    status: business.status, monthlySales: monthlyOf(business.annualSales), workersMale: business.workersMale,
    workersFemale: business.workersFemale, salesChannels: [...business.salesChannels],
  };
}

export { localToday } from '../../lib/device';

/** Registry annual sales as monthly sales (the registry keeps a year's figure, check-ins ask per month). */
export const monthlyOf = monthlyFromAnnual;

/**
 * A fresh form for a business: status and sales channels start from the registry (usually unchanged and
 * quick to tick), sales and workers start empty so an untouched field is never recorded as an observation.
 */
export function emptyCheckinForm(business: Pick<BusinessDetail, 'status' | 'salesChannels'>, today: string): CheckinFormValues {
  return {
    visitedOn: today,
    status: business.status,
    statusReason: '',
    monthlySales: '',
    workersMale: '',
    workersFemale: '',
    newProducts: '',
    salesChannels: [...business.salesChannels],
    licencesObtained: [],
    problems: '',
    needs: [],
  };
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());
const num = (v: MaybeNumber): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The request body; blank texts and numbers become null, the reason is sent only when not active. */
export function toCheckinBody(v: CheckinFormValues, ctx: CheckinContext, confirmed: boolean): CheckinBody {
  return {
    id: ctx.id,
    businessId: ctx.businessId,
    taskId: ctx.taskId,
    baseVersion: ctx.baseVersion,
    seen: ctx.seen ?? null,
    visitedOn: v.visitedOn,
    status: v.status,
    statusReason: v.status === 'active' ? null : text(v.statusReason),
    monthlySales: num(v.monthlySales),
    workersMale: num(v.workersMale),
    workersFemale: num(v.workersFemale),
    newProducts: text(v.newProducts),
    salesChannels: v.salesChannels,
    licencesObtained: v.licencesObtained,
    problems: text(v.problems),
    needs: v.needs,
    confirmed,
  };
}

/** The values the plausibility rules judge. */
export function plausibilityValues(v: CheckinFormValues): CheckinValues {
  return {
    status: v.status,
    monthlySales: num(v.monthlySales),
    workersMale: num(v.workersMale),
    workersFemale: num(v.workersFemale),
    statusReason: v.statusReason,
    date: v.visitedOn,
  };
}

/** What was known before this visit: the registry's figures and the latest earlier visit. */
export function previousStateOf(
  business: Pick<BusinessDetail, 'scale' | 'annualSales' | 'workersMale' | 'workersFemale' | 'startYear'>,
  lastVisitDate: string | null,
): PreviousState {
  return {
    scale: business.scale,
    monthlySales: monthlyOf(business.annualSales),
    workers: business.workersMale + business.workersFemale,
    lastVisitDate,
    startYear: business.startYear ?? null,
  };
}

/** The registry's current values in the shape of a conflict's sides. */
export function observedOf(business: Pick<BusinessDetail, 'status' | 'annualSales' | 'workersMale' | 'workersFemale' | 'salesChannels'>): ObservedValues {
  return {
    status: business.status,
    monthlySales: monthlyOf(business.annualSales),
    workersMale: business.workersMale,
    workersFemale: business.workersFemale,
    salesChannels: [...business.salesChannels],
  };
}

/** The latest visit date among earlier check-ins, or null. */
export function lastVisitOf(checkins: readonly { visitedOn: string }[]): string | null {
  return checkins.reduce<string | null>((max, c) => (max === null || c.visitedOn > max ? c.visitedOn : max), null);
}

/** Form input a finding belongs under (the rules say 'date' and 'workers'; the form has visitedOn and two counts). */
export function formFieldOf(field: string): keyof CheckinFormValues {
  if (field === 'date' || field === 'visitedOn') return 'visitedOn';
  if (field === 'workers') return 'workersMale';
  if (field === 'workersFemale' || field === 'monthlySales' || field === 'statusReason' || field === 'status') return field;
  return (field.split('.')[0] ?? field) as keyof CheckinFormValues;
}

/** Findings split by what the user must do: fix the errors; confirm the questions. */
export function splitFindings<F extends Pick<Finding, 'severity'>>(findings: readonly F[]): { errors: F[]; questions: F[] } {
  return { errors: findings.filter((f) => f.severity === 'error'), questions: findings.filter((f) => f.severity === 'question') };
}

/** Identifies a set of questions, so a confirmation given for one set does not carry over to changed figures. */
export function questionSignature(questions: readonly { messageKey: string; params?: Record<string, string | number> }[]): string {
  return questions.map((q) => `${q.messageKey}:${JSON.stringify(q.params ?? {})}`).join('|');
}
