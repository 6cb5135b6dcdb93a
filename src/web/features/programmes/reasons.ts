import type { EligibilityReason } from '../../api/types';

/** Labels for the codes reasons carry (scale, sector, licence kind, kecamatan). */
export interface CodeLabels {
  scale: (code: string) => string;
  sector: (code: string) => string;
  licence: (code: string) => string;
  kecamatan: (code: string) => string;
}

/** Which label each param of a reason needs; others (numbers, years) are shown as they are. */
const PARAM_KIND: Record<string, Record<string, keyof CodeLabels>> = {
  scale: { value: 'scale', allowed: 'scale' },
  sector: { value: 'sector', allowed: 'sector' },
  licence: { required: 'licence', missing: 'licence' },
  kecamatan_quota: { kecamatan: 'kecamatan' },
};

/** "micro, small" → "Mikro, Kecil": a comma-separated list of codes, each labelled. */
export function labelList(value: string, label: (code: string) => string): string {
  return value
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
    .map(label)
    .join(', ');
}

/** The params of a reason with codes replaced by readable labels, ready for its message. */
export function reasonParams(reason: EligibilityReason, labels: CodeLabels): Record<string, string | number> {
  const kinds = PARAM_KIND[reason.rule] ?? {};
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    const kind = kinds[name];
    out[name] = kind && typeof value === 'string' ? labelList(value, labels[kind]) : value;
  }
  return out;
}

/** How a reason chip looks: green when the rule is met, red when not, grey for information (first time or not). */
export function reasonTone(reason: EligibilityReason): 'ok' | 'fail' | 'info' {
  if (reason.rule === 'first_time') return 'info';
  return reason.ok ? 'ok' : 'fail';
}

/** Failed rules first, so the officer sees at once why a candidate is screened out. */
export function orderReasons(reasons: EligibilityReason[]): EligibilityReason[] {
  const rank = { fail: 0, ok: 1, info: 2 } as const;
  return reasons.map((r, i) => ({ r, i })).sort((a, b) => rank[reasonTone(a.r)] - rank[reasonTone(b.r)] || a.i - b.i).map(({ r }) => r);
}
