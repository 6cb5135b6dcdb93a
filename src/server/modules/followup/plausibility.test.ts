import { describe, expect, it } from 'vitest';
import { checkPlausibility, plausibilityMessages, type CheckinValues, type Finding, type PreviousState } from './plausibility';

const TODAY = '2026-06-15';
const JT = 1_000_000;

/** An active check-in with figures close to the previous state: clean unless told otherwise. */
function values(over: Partial<CheckinValues> = {}): CheckinValues {
  return { status: 'active', monthlySales: 5 * JT, workersMale: 1, workersFemale: 2, statusReason: null, date: '2026-06-10', ...over };
}

function prev(over: Partial<PreviousState> = {}): PreviousState {
  return { scale: 'micro', monthlySales: 4 * JT, workers: 3, lastVisitDate: '2026-03-10', startYear: 2019, ...over };
}

const keys = (v: Partial<CheckinValues>, p: Partial<PreviousState> = {}) =>
  checkPlausibility(values(v), prev(p), TODAY).map((f) => f.messageKey.replace('followup.check.', ''));
const one = (rule: string, v: Partial<CheckinValues>, p: Partial<PreviousState> = {}): Finding | undefined =>
  checkPlausibility(values(v), prev(p), TODAY).find((f) => f.messageKey === `followup.check.${rule}`);

describe('checkPlausibility', () => {
  it('finds nothing in a clean check-in, nor when figures are unknown', () => {
    expect(checkPlausibility(values(), prev(), TODAY)).toEqual([]);
    expect(keys({ monthlySales: null, workersMale: null, workersFemale: null })).toEqual([]);
    expect(keys({}, { monthlySales: null, workers: null, lastVisitDate: null, startYear: null })).toEqual([]);
  });

  it('refuses negative or fractional sales and workers', () => {
    expect(one('sales_negative', { monthlySales: -1 })).toMatchObject({ field: 'monthlySales', severity: 'error' });
    expect(keys({ monthlySales: 0 })).not.toContain('sales_negative');
    expect(one('sales_not_integer', { monthlySales: 1.5 })).toMatchObject({ field: 'monthlySales', severity: 'error' });
    expect(keys({ monthlySales: Number.NaN })).toEqual(['sales_not_integer']);
    expect(one('workers_negative', { workersFemale: -1 })).toMatchObject({ field: 'workersFemale', severity: 'error', params: { workers: -1 } });
    expect(keys({ workersMale: 0, workersFemale: 0 }, { workers: 0 })).toEqual([]);
    expect(one('workers_not_integer', { workersMale: 2.5 })).toMatchObject({ field: 'workersMale', severity: 'error' });
  });

  it('refuses a future date, a date before the start year and an unreadable date', () => {
    expect(one('date_future', { date: '2026-06-16' })).toMatchObject({ field: 'date', severity: 'error', params: { date: '2026-06-16', today: TODAY } });
    expect(keys({ date: TODAY })).toEqual([]);
    expect(one('date_before_start', { date: '2018-12-31' }, { lastVisitDate: null })).toMatchObject({ severity: 'error', params: { startYear: 2019 } });
    expect(keys({ date: '2019-01-01' }, { lastVisitDate: null })).toEqual([]);
    expect(keys({ date: '2026-02-30' })).toEqual(['date_invalid']);
    expect(() => checkPlausibility(values(), prev(), '15/06/2026')).toThrow(RangeError);
    expect(() => checkPlausibility(values(), prev({ lastVisitDate: '2026-3-1' }), TODAY)).toThrow(RangeError);
  });

  it('asks about a date older than the last visit, not the same day', () => {
    expect(one('date_before_last_visit', { date: '2026-03-09' })).toMatchObject({ severity: 'question', params: { lastVisit: '2026-03-10' } });
    expect(keys({ date: '2026-03-10' })).toEqual([]);
  });

  it('needs a reason for a closed or dormant business', () => {
    expect(one('reason_missing', { status: 'closed', monthlySales: 0 })).toMatchObject({ field: 'statusReason', severity: 'error' });
    expect(keys({ status: 'dormant', statusReason: '   ' })).toEqual(['reason_missing']);
    expect(keys({ status: 'dormant', statusReason: 'Pemilik bekerja di pabrik' })).toEqual([]);
    expect(keys({ statusReason: undefined })).toEqual([]);
  });

  it('asks about sales more than 10× or under 1/10 of the previous, at the boundary', () => {
    expect(keys({ monthlySales: 40 * JT })).toEqual([]);
    expect(one('sales_jump', { monthlySales: 40 * JT + 1 })).toMatchObject({
      severity: 'question',
      params: { previous: 4 * JT, current: 40 * JT + 1, ratio: 10 },
    });
    expect(keys({ monthlySales: 400_000 })).toEqual([]);
    expect(one('sales_jump', { monthlySales: 399_999 })?.params).toEqual({ previous: 4 * JT, current: 399_999, ratio: 0.1 });
    expect(one('sales_jump', { monthlySales: 0 })?.params.ratio).toBe(0);
  });

  it('does not ask about a drop of a dormant business, nor without a previous figure above 0', () => {
    expect(keys({ status: 'dormant', statusReason: 'sepi', monthlySales: 100_000 })).toEqual([]);
    expect(keys({ status: 'dormant', statusReason: 'sepi', monthlySales: 50 * JT })).toEqual(['sales_jump']);
    expect(keys({ monthlySales: 90 * JT }, { monthlySales: 0 })).toEqual([]);
    expect(keys({ monthlySales: 90 * JT }, { monthlySales: null })).toEqual([]);
  });

  it('asks about yearly sales over 3× the PP 7/2021 ceiling of the scale', () => {
    const micro = 500 * JT; // × 12 = Rp6 bn = 3 × Rp2 bn
    expect(keys({ monthlySales: micro }, { monthlySales: null })).toEqual([]);
    expect(one('sales_above_scale', { monthlySales: micro + 1 }, { monthlySales: null })).toMatchObject({
      severity: 'question',
      params: { annual: (micro + 1) * 12, limit: 2_000 * JT, scale: 'micro' },
    });
    expect(keys({ monthlySales: 3_750 * JT }, { scale: 'small', monthlySales: null })).toEqual([]);
    expect(keys({ monthlySales: 3_750 * JT + 1 }, { scale: 'small', monthlySales: null })).toEqual(['sales_above_scale']);
    expect(keys({ monthlySales: 12_500 * JT + 1 }, { scale: 'medium', monthlySales: null })).toEqual(['sales_above_scale']);
    expect(keys({ monthlySales: 1_000_000 * JT }, { scale: 'large', monthlySales: null, workers: null })).toEqual([]);
  });

  it('asks about workers far beyond the band of the scale ("thousands for a micro")', () => {
    expect(keys({ workersMale: 10, workersFemale: 10 }, { workers: 18 })).toEqual([]);
    expect(one('workers_above_scale', { workersMale: 11, workersFemale: 10 }, { workers: 18 })).toMatchObject({
      field: 'workers',
      severity: 'question',
      params: { workers: 21, limit: 20, scale: 'micro' },
    });
    expect(keys({ workersMale: 1500, workersFemale: null })).toEqual(['workers_above_scale']);
    expect(keys({ workersMale: 100, workersFemale: 0 }, { scale: 'small', workers: 90 })).toEqual([]);
    expect(keys({ workersMale: 101, workersFemale: 0 }, { scale: 'small', workers: 90 })).toEqual(['workers_above_scale']);
    expect(keys({ workersMale: 501, workersFemale: 0 }, { scale: 'medium', workers: 450 })).toEqual(['workers_above_scale']);
    expect(keys({ workersMale: 5000, workersFemale: 0 }, { scale: 'large', workers: 4900 })).toEqual([]);
  });

  it('asks about workers changing by more than 10 and 3× at once', () => {
    expect(keys({ workersMale: 15, workersFemale: 0 }, { workers: 5 })).toEqual([]); // +10 only
    expect(one('workers_change', { workersMale: 16, workersFemale: 0 }, { workers: 5 })?.params).toEqual({ previous: 5, current: 16 });
    expect(keys({ workersMale: 18, workersFemale: 0 }, { workers: 6 })).toEqual([]); // exactly 3×
    expect(keys({ workersMale: 11, workersFemale: 0 }, { workers: 0 })).toEqual(['workers_change']);
    expect(keys({ workersMale: 11, workersFemale: 0 }, { workers: 33, scale: 'small' })).toEqual([]); // exactly 1/3
    expect(keys({ workersMale: 10, workersFemale: 0 }, { workers: 33, scale: 'small' })).toEqual(['workers_change']);
    expect(keys({ workersMale: 16, workersFemale: null }, { workers: 5 })).toEqual([]); // incomplete total
    expect(keys({ status: 'closed', statusReason: 'bangkrut', monthlySales: 0, workersMale: 0, workersFemale: 0 }, { workers: 30, scale: 'small' })).toEqual([]);
  });

  it('asks about a closed business that still sells', () => {
    expect(one('closed_with_sales', { status: 'closed', statusReason: 'pindah', monthlySales: 1 })).toMatchObject({ severity: 'question', params: { sales: 1 } });
    expect(keys({ status: 'closed', statusReason: 'pindah', monthlySales: 0 })).toEqual([]);
  });

  it('reports several findings at once, errors first', () => {
    const found = checkPlausibility(
      values({ status: 'closed', monthlySales: 900 * JT, workersMale: 2000, workersFemale: -3, date: '2026-01-05' }),
      prev(),
      TODAY,
    );
    expect(found.map((f) => [f.severity, f.messageKey])).toEqual([
      ['error', 'followup.check.reason_missing'],
      ['error', 'followup.check.workers_negative'],
      ['question', 'followup.check.date_before_last_visit'],
      ['question', 'followup.check.sales_jump'],
      ['question', 'followup.check.sales_above_scale'],
      ['question', 'followup.check.closed_with_sales'],
    ]);
    expect(keys({ monthlySales: -5, workersMale: 3000, workersFemale: 0, date: '2027-01-01' })).toEqual([
      'date_future',
      'sales_negative',
      'workers_above_scale',
      'workers_change',
    ]);
  });
});

describe('plausibilityMessages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  const id = plausibilityMessages('id');
  const en = plausibilityMessages('en');

  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id)) {
      expect(key.startsWith('followup.check.'), key).toBe(true);
      expect(placeholders(en[key]!), key).toEqual(placeholders(id[key]!));
      expect(id[key]!.trim() && en[key]!.trim(), key).toBeTruthy();
    }
  });

  it('has a text for every key produced, whose placeholders are all in its params', () => {
    const produced: Finding[] = [
      ...checkPlausibility(values({ status: 'closed', monthlySales: 900 * JT, workersMale: 2000, workersFemale: 0, date: '2026-01-05' }), prev(), TODAY),
      ...checkPlausibility(values({ status: 'dormant', monthlySales: -1, workersMale: -1, workersFemale: 1.5, date: '2027-01-01' }), prev(), TODAY),
      ...checkPlausibility(values({ monthlySales: 1.5, date: '2018-01-01' }), prev({ lastVisitDate: null }), TODAY),
      ...checkPlausibility(values({ date: 'kemarin' }), prev(), TODAY),
    ];
    const seen = new Set(produced.map((f) => f.messageKey));
    expect(seen).toEqual(new Set(Object.keys(id))); // every rule exercised, no text left unused
    for (const f of produced) {
      for (const lang of [id, en]) {
        expect(lang[f.messageKey], f.messageKey).toBeDefined();
        for (const name of placeholders(lang[f.messageKey]!)) expect(f.params, `${f.messageKey} {{${name}}}`).toHaveProperty(name!);
      }
    }
  });
});
