/**
 * The owner's self-report (issue 5, /portal/lapor/:token) as pure rules: which short steps to ask,
 * what is still missing, the plausibility check shared with the server and the assistants' app, and
 * the body sent. The page (pages/SelfReportPage) only renders these.
 */
import { checkPlausibility } from '../../../server/modules/followup/plausibility';
import type { SelfReportInput, SelfReportView } from '../api/types';
import { formatRupiah, parseWhole } from './amount';
import { formatDay } from './format';
import type { Dictionary, FieldMessage } from './messages';
import type { BusinessStatus } from './options';

/** The form as typed: numbers are digit strings ("" = not answered yet). */
export interface ReportValues {
  status: BusinessStatus | '';
  statusReason: string;
  monthlySales: string;
  workersMale: string;
  workersFemale: string;
  hasNewProducts: 'yes' | 'no' | '';
  newProducts: string;
  salesChannels: string[];
  licencesObtained: string[];
  problems: string;
  needs: string[];
}

export const EMPTY_REPORT: ReportValues = {
  status: '', statusReason: '', monthlySales: '', workersMale: '', workersFemale: '', hasNewProducts: '', newProducts: '',
  salesChannels: [], licencesObtained: [], problems: '', needs: [],
};

/** One short section per screen: people new to forms on a phone lose their way in a long page. */
export const STEPS = ['status', 'sales', 'workers', 'selling', 'licences', 'needs'] as const;
export type Step = (typeof STEPS)[number];

/** The steps asked: a closed business sells nothing and employs no one, so only why, and what would help. */
export const stepsFor = (status: ReportValues['status']): readonly Step[] => (status === 'closed' ? ['status', 'needs'] : STEPS);

const FIELD_STEP: Record<string, Step> = {
  status: 'status', statusReason: 'status', monthlySales: 'sales', workersMale: 'workers', workersFemale: 'workers', workers: 'workers',
  hasNewProducts: 'selling', newProducts: 'selling', salesChannels: 'selling', licencesObtained: 'licences', problems: 'needs', needs: 'needs',
};
/** The step whose inputs include `field` (its problems show under that input); undefined for a field with no input (the date). */
export const inputStep = (field: string): Step | undefined => (Object.hasOwn(FIELD_STEP, field) ? FIELD_STEP[field] : undefined);
/** The step showing a field's problems: its input's, else (no input, or a step not asked) the last, by the send button. */
export function stepOf(field: string, steps: readonly Step[]): Step {
  const step = inputStep(field);
  return step && steps.includes(step) ? step : steps[steps.length - 1]!;
}

/** A plausibility finding (or a server field problem) as the page shows it. */
export interface ReportFinding {
  field: string;
  severity: 'error' | 'question';
  messageKey: string;
  params: Record<string, string | number>;
}

export { localToday, newId } from '../../lib/device';

/** Sales and workers as sent: a closed business reports none (those steps are not asked). */
function figures(v: ReportValues) {
  if (v.status === 'closed') return { monthlySales: 0, workersMale: 0, workersFemale: 0 };
  return { monthlySales: parseWhole(v.monthlySales), workersMale: parseWhole(v.workersMale), workersFemale: parseWhole(v.workersFemale) };
}

/** The same checks the server runs (plausibility.ts), against what was known of the business before. */
export function reportFindings(v: ReportValues, previous: SelfReportView['previous'], today: string): ReportFinding[] {
  if (!v.status) return [];
  const before = {
    scale: previous.scale,
    monthlySales: previous.monthlySales,
    workers: previous.workersMale + previous.workersFemale,
    lastVisitDate: previous.lastVisitOn,
    startYear: previous.startYear,
  };
  return checkPlausibility({ status: v.status, statusReason: v.statusReason, date: today, ...figures(v) }, before, today);
}

/** Rules whose findings are questions (plausibility.ts), for a 422 field that does not say its severity. */
const QUESTION_RULES = new Set(['sales_jump', 'sales_above_scale', 'closed_with_sales', 'workers_above_scale', 'workers_change', 'date_before_last_visit']);

const isSeverity = (s: unknown): s is ReportFinding['severity'] => s === 'question' || s === 'error';

/**
 * The field problems of a 422 reply (plausibility findings or schema problems) as findings. The
 * severity comes beside the params or among them (the error shape has no place of its own for it),
 * else from the rule's name; it is taken out of the params so the finding equals the page's own.
 */
export function serverFindings(fields: readonly { field: string; messageKey: string; params?: Record<string, string | number>; severity?: string }[]): ReportFinding[] {
  return fields.map((f) => {
    const { severity: inParams, ...params } = f.params ?? {};
    const rule = f.messageKey.startsWith('followup.check.') ? f.messageKey.slice('followup.check.'.length) : '';
    const severity = isSeverity(f.severity) ? f.severity : isSeverity(inParams) ? inParams : QUESTION_RULES.has(rule) ? 'question' : 'error';
    return { field: f.field, severity, messageKey: f.messageKey, params };
  });
}

const DATE_PARAMS = new Set(['date', 'today', 'lastVisit']);

/**
 * A finding's values as the owner reads them: the rules send raw integer rupiah and ISO dates. Amounts
 * are the numbers of the sales rules (not their ratio); the workers rules' numbers are head counts.
 */
export function displayParams(f: ReportFinding, lang: string): Record<string, string | number> {
  const money = f.messageKey.includes('sales');
  return Object.fromEntries(
    Object.entries(f.params).map(([k, v]) => {
      if (typeof v === 'number' && money && k !== 'ratio') return [k, formatRupiah(v, lang)];
      if (typeof v === 'string' && DATE_PARAMS.has(k)) return [k, formatDay(v, lang)];
      return [k, v];
    }),
  );
}

/** Identifies a question with its values: changing the figure asks again. */
export const findingKey = (f: ReportFinding): string => `${f.field}|${f.messageKey}|${JSON.stringify(f.params)}`;

/** What still stops sending: errors, and questions not confirmed with "Ya, angka ini benar". */
export const blocking = (findings: readonly ReportFinding[], confirmed: ReadonlySet<string>): ReportFinding[] =>
  findings.filter((f) => f.severity === 'error' || !confirmed.has(findingKey(f)));

const required: FieldMessage = { key: 'validation.required', params: {} };

/** Answers missing on `step`, by field (the plausibility rules judge the rest, e.g. the reason). */
export function missing(v: ReportValues, step: Step): Record<string, FieldMessage | null> {
  switch (step) {
    case 'status':
      return { status: v.status ? null : { key: 'report.pickOne', params: {} } };
    case 'sales':
      return { monthlySales: v.monthlySales === '' ? required : null };
    case 'workers':
      return { workersMale: v.workersMale === '' ? required : null, workersFemale: v.workersFemale === '' ? required : null };
    case 'selling':
      return {
        hasNewProducts: v.hasNewProducts ? null : { key: 'report.pickOne', params: {} },
        newProducts: v.hasNewProducts === 'yes' && !v.newProducts.trim() ? required : null,
        // A trading business sells somewhere; a paused one may not.
        salesChannels: v.status === 'active' && v.salesChannels.length === 0 ? { key: 'report.pickChannel', params: {} } : null,
      };
    default:
      return {};
  }
}

/** The POST body: `id` made once per filling (a retry is stored once), visited today. */
export function toInput(v: ReportValues, id: string, today: string, confirmed: boolean): SelfReportInput {
  const closed = v.status === 'closed';
  return {
    id,
    visitedOn: today,
    status: v.status || 'active',
    statusReason: v.status === 'active' ? null : v.statusReason.trim() || null,
    ...figures(v),
    newProducts: !closed && v.hasNewProducts === 'yes' ? v.newProducts.trim() || null : null,
    // Nothing ticked means "not said", which leaves the registry's channels as they are.
    salesChannels: closed || v.salesChannels.length === 0 ? null : (v.salesChannels as SelfReportInput['salesChannels']),
    licencesObtained: closed ? [] : (v.licencesObtained as SelfReportInput['licencesObtained']),
    problems: v.problems.trim() || null,
    needs: v.needs as SelfReportInput['needs'],
    confirmed,
  };
}

/** What survives a reload of the page (a cheap phone drops background tabs while the owner checks the books). */
export interface ReportDraft {
  id: string;
  step: Step;
  values: ReportValues;
}

/** A stored draft, or null when absent or not of this shape (an older page version, a hand edit). */
export function parseDraft(raw: string | null): ReportDraft | null {
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<ReportDraft>;
    if (typeof d.id !== 'string' || !STEPS.includes(d.step as Step) || typeof d.values !== 'object' || d.values === null) return null;
    const values = { ...EMPTY_REPORT, ...d.values };
    const shapeOk = Object.entries(EMPTY_REPORT).every(([k, empty]) => {
      const value: unknown = values[k as keyof ReportValues];
      return Array.isArray(empty) ? Array.isArray(value) && value.every((x) => typeof x === 'string') : typeof value === 'string';
    });
    return shapeOk ? { id: d.id, step: d.step as Step, values } : null;
  } catch {
    return null;
  }
}

/** Flat dotted keys as a nested dictionary: { 'followup.check.x': t } → { followup: { check: { x: t } } }. */
export function nestKeys(flat: Record<string, string>): Dictionary {
  const out: Dictionary = {};
  for (const [key, text] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Dictionary;
    node[parts[parts.length - 1]!] = text;
  }
  return out;
}
