import type { Element, Factor, ProgrammeInput, ProgrammeKind, ProgrammeStatus, ProgrammeView, Topic } from '../../api/types';
import { formToRules, type MaybeNumber, type RuleFormValues, rulesToForm } from './rules';

/** The programme form's values. Targets are keyed by kecamatan code and always replaced whole (codes contain dots). */
export interface ProgrammeFormValues {
  title: string;
  kind: ProgrammeKind;
  topic: Topic;
  description: string;
  year: MaybeNumber;
  budgetCode: string;
  budgetAmount: MaybeNumber;
  factor: Factor;
  element: Element;
  partners: string;
  targets: Record<string, MaybeNumber>;
  rules: RuleFormValues;
  completionMinPercent: MaybeNumber;
  /** Follow-up plan as typed tags: months after completion ("1", "3", "6", "12"). */
  followupOffsetsMonths: string[];
  status: ProgrammeStatus;
}

/** The follow-up plan a new programme starts with: check-ins 1, 3, 6 and 12 months after completion. */
export const DEFAULT_FOLLOWUP_OFFSETS = [1, 3, 6, 12];
/** Limits of the plan, as the server checks them. */
export const FOLLOWUP_OFFSET_LIMITS = { min: 1, max: 60, count: 8 } as const;

/** Months typed as tags → distinct months in ascending order (what the server stores). */
export function formToOffsets(tags: readonly string[]): number[] {
  return [...new Set(tags.map((x) => Number(x.trim())))].sort((a, b) => a - b);
}

/** Checks the plan's tags; returns a message key or null. Each must be a whole number of months 1–60, at most 8, at least one. */
export function checkOffsets(tags: readonly string[]): string | null {
  if (tags.length === 0) return 'programmes.form.offsetsRequired';
  const { min, max, count } = FOLLOWUP_OFFSET_LIMITS;
  if (tags.some((x) => !/^\d{1,2}$/.test(x.trim()) || Number(x) < min || Number(x) > max)) return 'programmes.form.offsetsRange';
  if (formToOffsets(tags).length > count) return 'programmes.form.offsetsTooMany';
  return null;
}

/** A new programme for the given year: training, draft, 75 % attendance to complete. */
export function emptyProgramme(year: number): ProgrammeFormValues {
  return {
    title: '',
    kind: 'training',
    topic: 'entrepreneurship',
    description: '',
    year,
    budgetCode: '',
    budgetAmount: '',
    factor: 'human_resources',
    element: 'empowering',
    partners: '',
    targets: {},
    rules: rulesToForm({}),
    completionMinPercent: 75,
    followupOffsetsMonths: DEFAULT_FOLLOWUP_OFFSETS.map(String),
    status: 'draft',
  };
}

/** The form values of a stored programme. */
export function programmeToForm(p: ProgrammeView): ProgrammeFormValues {
  return {
    title: p.title,
    kind: p.kind,
    topic: p.topic,
    description: p.description ?? '',
    year: p.year,
    budgetCode: p.budgetCode ?? '',
    budgetAmount: p.budgetAmount ?? '',
    factor: p.factor,
    element: p.element,
    partners: p.partners ?? '',
    targets: { ...p.targets },
    rules: rulesToForm(p.rules),
    completionMinPercent: p.completionMinPercent,
    // Programmes stored before follow-up plans existed have none in older replies: show the default.
    followupOffsetsMonths: (p.followupOffsetsMonths ?? DEFAULT_FOLLOWUP_OFFSETS).map(String),
    status: p.status,
  };
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());
const whole = (v: number | string): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);

/** Only kecamatan with a positive target are sent. */
export function cleanTargets(targets: Record<string, MaybeNumber>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, value] of Object.entries(targets)) {
    const n = whole(value);
    if (n !== null && n > 0) out[code] = n;
  }
  return out;
}

/** The sum of the targets (the programme's target participants). */
export function targetTotal(targets: Record<string, MaybeNumber>): number {
  return Object.values(cleanTargets(targets)).reduce((a, b) => a + b, 0);
}

/** The request body of a create (add `version` for an update). Blank texts become null. */
export function formToInput(v: ProgrammeFormValues): ProgrammeInput {
  return {
    title: v.title.trim(),
    kind: v.kind,
    topic: v.topic,
    description: text(v.description),
    year: whole(v.year) ?? new Date().getFullYear(),
    budgetCode: text(v.budgetCode),
    budgetAmount: whole(v.budgetAmount),
    factor: v.factor,
    element: v.element,
    partners: text(v.partners),
    targets: cleanTargets(v.targets),
    rules: formToRules(v.rules),
    completionMinPercent: whole(v.completionMinPercent) ?? 75,
    followupOffsetsMonths: formToOffsets(v.followupOffsetsMonths),
    status: v.status,
  };
}

/** Client checks before sending (the server checks again): returns field path → message key. */
export function checkProgramme(v: ProgrammeFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.title.trim().length < 3) errors.title = 'programmes.form.titleTooShort';
  if (whole(v.year) === null) errors.year = 'validation.required';
  const pct = whole(v.completionMinPercent);
  if (pct === null || pct < 1 || pct > 100) errors.completionMinPercent = 'programmes.form.percentRange';
  const offsets = checkOffsets(v.followupOffsetsMonths);
  if (offsets) errors.followupOffsetsMonths = offsets;
  return errors;
}

/** Maps a server field path to the form's input: target errors land on the targets block, a plan month's on the plan. */
export function formPathOf(serverPath: string): string {
  if (serverPath.startsWith('followupOffsetsMonths.')) return 'followupOffsetsMonths';
  return serverPath.startsWith('targets.') ? 'targets' : serverPath;
}

