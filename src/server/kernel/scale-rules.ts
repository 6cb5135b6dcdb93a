/**
 * Versioned rule sets that classify a business as micro, small, medium or large. A record stores the
 * id of the rule that classified it, so a later change of rule never rewrites history silently.
 * Amounts are integer rupiah. Regional or future rules are added here as data, not as code paths.
 */
export type Scale = 'micro' | 'small' | 'medium' | 'large';

export interface ScaleRule {
  id: string;
  label: string;
  /** Upper bounds (inclusive) for micro, small and medium; above medium is large. */
  capitalMax: [number, number, number];
  salesMax: [number, number, number];
}

const JUTA = 1_000_000;
const MILIAR = 1_000_000_000;

export const SCALE_RULES: Record<string, ScaleRule> = {
  PP7_2021: {
    id: 'PP7_2021',
    label: 'PP 7/2021',
    capitalMax: [1 * MILIAR, 5 * MILIAR, 10 * MILIAR],
    salesMax: [2 * MILIAR, 15 * MILIAR, 50 * MILIAR],
  },
  UU20_2008: {
    id: 'UU20_2008',
    label: 'UU 20/2008',
    capitalMax: [50 * JUTA, 500 * JUTA, 10 * MILIAR],
    salesMax: [300 * JUTA, 2_500 * JUTA, 50 * MILIAR],
  },
};

export const DEFAULT_SCALE_RULE_ID = 'PP7_2021';
const ORDER: Scale[] = ['micro', 'small', 'medium', 'large'];

function band(amount: number, bounds: [number, number, number]): Scale {
  const i = bounds.findIndex((max) => amount <= max);
  return ORDER[i === -1 ? 3 : i]!;
}

/**
 * Classifies by annual sales when they are known (the criterion PP 7/2021 uses for running businesses)
 * and by capital otherwise; with neither, a business is micro (the office's default assumption).
 */
export function classifyScale(ruleId: string, input: { capital: number | null; annualSales: number | null }): Scale {
  const rule = SCALE_RULES[ruleId];
  if (!rule) throw new Error(`unknown scale rule ${ruleId}`);
  if (input.annualSales !== null && input.annualSales > 0) return band(input.annualSales, rule.salesMax);
  if (input.capital !== null && input.capital > 0) return band(input.capital, rule.capitalMax);
  return 'micro';
}

/** True when `next` is a higher class than `previous` ("naik kelas"). */
export function movedUp(previous: Scale | null, next: Scale): boolean {
  return previous !== null && ORDER.indexOf(next) > ORDER.indexOf(previous);
}
