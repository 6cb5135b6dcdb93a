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
  status: ProgrammeStatus;
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
    status: p.status,
  };
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());
const whole = (v: MaybeNumber | string): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);

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
  return errors;
}

/** Maps a server field path to the form's input: target errors land on the targets block. */
export function formPathOf(serverPath: string): string {
  return serverPath.startsWith('targets.') ? 'targets' : serverPath;
}

