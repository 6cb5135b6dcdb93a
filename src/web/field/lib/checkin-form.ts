/**
 * The check-in form's state and rules, pure: what the assistant typed → findings (errors under fields,
 * questions to confirm) → the `checkinInput` the queue keeps. The plausibility rules are the server's
 * own (`plausibility.ts`, browser-safe), so the phone refuses exactly what the server would refuse.
 */
import { checkPlausibility, type PreviousState } from '../../../server/modules/followup/plausibility';
import type { BusinessStatus, LicenceKind, SalesChannel, Topic } from './options';
import { countDigits, parseCount, parseRupiah } from './rupiah';
import type { CheckinPayload, FieldBusiness, Finding } from './types';

/** Everything the form holds; numbers as the digits typed ('' = not given). */
export interface CheckinForm {
  visitedOn: string;
  status: BusinessStatus | '';
  statusReason: string;
  monthlySales: string;
  workersMale: string;
  workersFemale: string;
  newProducts: string;
  salesChannels: SalesChannel[];
  licencesObtained: LicenceKind[];
  problems: string;
  needs: Topic[];
  photo: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The question signature the assistant confirmed ("Ya, angka ini benar"), or null. */
  confirmedFor: string | null;
}

/** The form's fields a message can sit under. */
export type FormField = 'visitedOn' | 'status' | 'statusReason' | 'monthlySales' | 'workers' | 'workersMale' | 'workersFemale';

/** One message under a field: a dictionary key (or `followup.check.*` rule) and its raw params. */
export interface FormMessage {
  key: string;
  params: Record<string, string | number>;
}

/** The form's verdict: errors block saving; questions need the confirmation box ticked. */
export interface FormCheck {
  errors: Partial<Record<FormField, FormMessage>>;
  questions: Finding[];
  /** Identifies the current set of questions: a confirmation is only valid for the figures it saw. */
  signature: string;
  canSave: boolean;
}

/**
 * A fresh form for a visit today. Sales channels start from what the registry knows (the assistant
 * adjusts a list faster than rebuilding it); status, sales and workers start empty on purpose, so a
 * stale figure is never sent just because nobody changed it.
 */
export function emptyForm(business: Pick<FieldBusiness, 'salesChannels'>, today: string): CheckinForm {
  return {
    visitedOn: today,
    status: '',
    statusReason: '',
    monthlySales: '',
    workersMale: '',
    workersFemale: '',
    newProducts: '',
    salesChannels: [...business.salesChannels],
    licencesObtained: [],
    problems: '',
    needs: [],
    photo: null,
    latitude: null,
    longitude: null,
    confirmedFor: null,
  };
}

const digitsOf = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The form refilled from a queued check-in (editing a refused one before sending it again). */
export function formFromPayload(payload: CheckinPayload): CheckinForm {
  return {
    visitedOn: payload.visitedOn,
    status: payload.status,
    statusReason: payload.statusReason ?? '',
    monthlySales: digitsOf(payload.monthlySales),
    workersMale: digitsOf(payload.workersMale),
    workersFemale: digitsOf(payload.workersFemale),
    newProducts: payload.newProducts ?? '',
    salesChannels: [...(payload.salesChannels ?? [])],
    licencesObtained: [...(payload.licencesObtained ?? [])],
    problems: payload.problems ?? '',
    needs: [...(payload.needs ?? [])],
    photo: payload.photo ?? null,
    latitude: payload.latitude ?? null,
    longitude: payload.longitude ?? null,
    confirmedFor: null,
  };
}

/** What the server knew of the business before this visit, as the plausibility rules want it. */
export function previousOf(business: FieldBusiness): PreviousState {
  return {
    scale: business.scale,
    monthlySales: business.monthlySales,
    workers: business.workersMale + business.workersFemale,
    lastVisitDate: business.lastVisitOn,
    startYear: business.startYear,
  };
}

const FIELD_OF: Record<Finding['field'], FormField> = {
  date: 'visitedOn',
  status: 'status',
  statusReason: 'statusReason',
  monthlySales: 'monthlySales',
  workersMale: 'workersMale',
  workersFemale: 'workersFemale',
  workers: 'workers',
};

/** The form field a plausibility finding belongs under. */
export const formFieldOf = (finding: Pick<Finding, 'field'>): FormField => FIELD_OF[finding.field] ?? 'status';

/** Checks the form against the business as last known; `today` is the phone's date (YYYY-MM-DD). */
export function checkForm(form: CheckinForm, business: FieldBusiness, today: string): FormCheck {
  const errors: FormCheck['errors'] = {};
  let questions: Finding[] = [];
  if (form.status === '') errors.status = { key: 'form.statusRequired', params: {} };
  else {
    const findings = checkPlausibility(
      {
        status: form.status,
        statusReason: form.statusReason,
        monthlySales: parseRupiah(form.monthlySales),
        workersMale: parseCount(countDigits(form.workersMale)),
        workersFemale: parseCount(countDigits(form.workersFemale)),
        date: form.visitedOn,
      },
      previousOf(business),
      today,
    );
    for (const f of findings) {
      const field = formFieldOf(f);
      if (f.severity === 'error') errors[field] ??= { key: f.messageKey, params: f.params };
    }
    questions = findings.filter((f) => f.severity === 'question');
  }
  const signature = questions.map((q) => `${q.messageKey}:${JSON.stringify(q.params)}`).join('|');
  const hasErrors = Object.keys(errors).length > 0;
  const confirmed = questions.length === 0 || form.confirmedFor === signature;
  return { errors, questions, signature, canSave: !hasErrors && confirmed };
}

const text = (value: string): string | null => value.trim() || null;

/**
 * The check-in to queue. `baseVersion` is the business version the phone saw (a later office change
 * to the same fields becomes a conflict instead of being overwritten); `confirmed` is true only when
 * there were questions and the assistant confirmed them.
 */
export function buildPayload(form: CheckinForm, business: FieldBusiness, taskId: string | null, check: FormCheck): CheckinPayload {
  if (form.status === '') throw new Error('status missing: check the form before building the check-in');
  const reason = form.status === 'active' ? null : text(form.statusReason);
  return {
    businessId: business.id,
    taskId,
    baseVersion: business.version,
    // What the phone knew: only a field the office changed since then can conflict with this visit.
    seen: {
      status: business.status, monthlySales: business.monthlySales, workersMale: business.workersMale,
      workersFemale: business.workersFemale, salesChannels: [...business.salesChannels],
    },
    visitedOn: form.visitedOn,
    status: form.status,
    statusReason: reason,
    monthlySales: parseRupiah(form.monthlySales),
    workersMale: parseCount(countDigits(form.workersMale)),
    workersFemale: parseCount(countDigits(form.workersFemale)),
    newProducts: text(form.newProducts),
    salesChannels: [...form.salesChannels],
    licencesObtained: [...form.licencesObtained],
    problems: text(form.problems),
    needs: [...form.needs],
    photo: form.photo,
    latitude: form.latitude,
    longitude: form.longitude,
    confirmed: check.questions.length > 0 && form.confirmedFor === check.signature,
  };
}

/** Adds or removes `value` in a chip list, keeping the list's canonical order. */
export function toggle<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const has = list.includes(value);
  return order.filter((v) => (v === value ? !has : list.includes(v)));
}
