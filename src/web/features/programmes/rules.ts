import type { EligibilityRules } from '../../api/types';

/** A blank number input (Mantine gives '' for an empty NumberInput). */
export type MaybeNumber = number | '';

/** The eligibility rules as the form edits them: same names as the API, blanks for "no rule". */
export interface RuleFormValues {
  scales: string[];
  sectors: string[];
  requiredLicences: string[];
  minBusinessAgeYears: MaybeNumber;
  maxBusinessAgeYears: MaybeNumber;
  notAttendedWithinYears: MaybeNumber;
  kecamatanQuota: boolean;
  firstTimeFirst: boolean;
}

const num = (v: number | null | undefined): MaybeNumber => (typeof v === 'number' ? v : '');
const set = (v: number | string): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The form values of stored rules (absent or null = blank / off). */
export function rulesToForm(rules: EligibilityRules | null | undefined): RuleFormValues {
  const r = rules ?? {};
  return {
    scales: [...(r.scales ?? [])],
    sectors: [...(r.sectors ?? [])],
    requiredLicences: [...(r.requiredLicences ?? [])],
    minBusinessAgeYears: num(r.minBusinessAgeYears),
    maxBusinessAgeYears: num(r.maxBusinessAgeYears),
    notAttendedWithinYears: num(r.notAttendedWithinYears),
    kecamatanQuota: r.kecamatanQuota ?? false,
    firstTimeFirst: r.firstTimeFirst ?? false,
  };
}

/** The rules object to send: only the rules that are set (empty lists, blanks and "off" are left out). */
export function formToRules(v: RuleFormValues): EligibilityRules {
  const out: EligibilityRules = {};
  if (v.scales.length > 0) out.scales = [...new Set(v.scales)] as EligibilityRules['scales'];
  if (v.sectors.length > 0) out.sectors = [...new Set(v.sectors)] as EligibilityRules['sectors'];
  if (v.requiredLicences.length > 0) out.requiredLicences = [...new Set(v.requiredLicences)] as EligibilityRules['requiredLicences'];
  const min = set(v.minBusinessAgeYears);
  const max = set(v.maxBusinessAgeYears);
  const within = set(v.notAttendedWithinYears);
  if (min !== undefined) out.minBusinessAgeYears = min;
  if (max !== undefined) out.maxBusinessAgeYears = max;
  if (within !== undefined) out.notAttendedWithinYears = within;
  if (v.kecamatanQuota) out.kecamatanQuota = true;
  if (v.firstTimeFirst) out.firstTimeFirst = true;
  return out;
}

/** Client-side checks of the rules: the age range must not be upside down. Returns field path → message key. */
export function checkRules(v: RuleFormValues): Record<string, string> {
  const min = set(v.minBusinessAgeYears);
  const max = set(v.maxBusinessAgeYears);
  return min !== undefined && max !== undefined && min > max ? { 'rules.maxBusinessAgeYears': 'programmes.rules.ageRangeInverted' } : {};
}

/** One readable line per rule that is set, as a message key with its params (codes left for the caller to label). */
export interface RuleLine {
  key: string;
  params: Record<string, string | number>;
  codes?: { kind: 'scale' | 'sector' | 'licence'; values: string[] };
}

/** The rules as sentences for the programme page ("Wajib punya izin: NIB", "Usaha paling lama 5 tahun", …). */
export function ruleLines(rules: EligibilityRules | null | undefined): RuleLine[] {
  const r = rules ?? {};
  const lines: RuleLine[] = [];
  if (r.scales?.length) lines.push({ key: 'programmes.rules.line.scales', params: {}, codes: { kind: 'scale', values: r.scales } });
  if (r.sectors?.length) lines.push({ key: 'programmes.rules.line.sectors', params: {}, codes: { kind: 'sector', values: r.sectors } });
  if (r.requiredLicences?.length) lines.push({ key: 'programmes.rules.line.licences', params: {}, codes: { kind: 'licence', values: r.requiredLicences } });
  if (typeof r.minBusinessAgeYears === 'number') lines.push({ key: 'programmes.rules.line.minAge', params: { n: r.minBusinessAgeYears } });
  if (typeof r.maxBusinessAgeYears === 'number') lines.push({ key: 'programmes.rules.line.maxAge', params: { n: r.maxBusinessAgeYears } });
  if (typeof r.notAttendedWithinYears === 'number') lines.push({ key: 'programmes.rules.line.notAttended', params: { n: r.notAttendedWithinYears } });
  if (r.kecamatanQuota) lines.push({ key: 'programmes.rules.line.kecamatanQuota', params: {} });
  if (r.firstTimeFirst) lines.push({ key: 'programmes.rules.line.firstTimeFirst', params: {} });
  return lines;
}
