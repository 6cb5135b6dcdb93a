import { describe, expect, it } from 'vitest';
import { monthsAfter, roundHalfAwayFromZero } from './outcome-stats';
import { computeOutcomes, median, monthsBetween, type ParticipantHistory, type Snapshot } from './outcomes';

/** A snapshot that is active, with unknown figures, unless told otherwise. */
function snap(date: string, over: Partial<Snapshot> = {}): Snapshot {
  return {
    date,
    status: 'active',
    monthlySales: null,
    workersMale: null,
    workersFemale: null,
    scale: null,
    licences: [],
    ...over,
  };
}

function history(
  participantId: string,
  baseline: Snapshot | null,
  snapshots: Snapshot[],
  over: Partial<ParticipantHistory> = {},
): ParticipantHistory {
  return { participantId, businessId: `b-${participantId}`, cohort: '2026-Q1', completedOn: '2026-01-15', baseline, snapshots, ...over };
}

const base = (over: Partial<Snapshot>) => snap('2025-12-01', over);

/*
 * The reference cohort: five participants who completed on 2026-01-15, read on 2026-09-20.
 * Survival points fall on 2026-02-15 (+1), 2026-04-15 (+3), 2026-07-15 (+6), 2027-01-15 (+12, not due).
 */
const growingA = history(
  'A',
  base({ monthlySales: 10_000_000, workersMale: 1, workersFemale: 1, scale: 'micro', licences: ['SKU'] }),
  [
    snap('2026-07-20', { monthlySales: 15_000_000, workersMale: 2, workersFemale: 1, scale: 'small', licences: ['SKU', 'NIB'] }),
    snap('2026-02-20', { monthlySales: 12_000_000, workersMale: 1, workersFemale: 1, scale: 'micro', licences: ['SKU'] }),
  ],
);
// Last seen 2026-05-01, so censored at +6.
const growingB = history(
  'B',
  base({ monthlySales: 4_000_000, workersMale: 0, workersFemale: 1, scale: 'micro' }),
  [
    snap('2026-02-15', { monthlySales: 4_000_000, workersMale: 0, workersFemale: 1, scale: 'micro' }),
    snap('2026-05-01', { monthlySales: 5_000_000, workersMale: 0, workersFemale: 2, scale: 'micro', licences: ['NIB', 'PIRT'] }),
  ],
);
// Trading on 2026-02-10, closure recorded 2026-05-15 (+4) with no figures.
const closedC = history(
  'C',
  base({ monthlySales: 3_000_000, workersMale: 2, workersFemale: 2, scale: 'micro', licences: ['NIB'] }),
  [
    snap('2026-02-10', { monthlySales: 3_000_000, workersMale: 2, workersFemale: 2, scale: 'micro', licences: ['NIB'] }),
    snap('2026-05-15', { status: 'closed', licences: ['NIB'] }),
  ],
);
// Dormant exactly on the +6 point; baseline small, now micro (moved down, not up).
const dormantD = history(
  'D',
  base({ monthlySales: 2_000_000, workersMale: 1, workersFemale: 0, scale: 'small' }),
  [
    snap('2026-03-01', { monthlySales: 2_000_000 }),
    snap('2026-07-15', { status: 'dormant', monthlySales: 500_000, workersMale: 1, workersFemale: 0, scale: 'micro' }),
  ],
);
const neverE = history('E', base({ monthlySales: 8_000_000, workersMale: 1, workersFemale: 0, scale: 'micro' }), []);

const cohort = [growingA, growingB, closedC, dormantD, neverE];
const asOf = '2026-09-20';

function only(histories: ParticipantHistory[], options = { asOf }) {
  const result = computeOutcomes(histories, options);
  expect(result).toHaveLength(1);
  return result[0]!;
}

describe('computeOutcomes on a cohort of five', () => {
  const outcome = only(cohort);

  it('reports every figure exactly', () => {
    expect(outcome).toEqual({
      cohort: '2026-Q1',
      participants: 5,
      survival: [
        { months: 1, atRisk: 4, surviving: 4, rate: 1 },
        { months: 3, atRisk: 4, surviving: 4, rate: 1 },
        { months: 6, atRisk: 3, surviving: 2, rate: 2 / 3 },
        { months: 12, atRisk: 0, surviving: 0, rate: null },
      ],
      dormantLatest: 1,
      // A +50%, B +25%, C -100% (closed: sales 0), D -75%; E never followed up.
      medianSalesChangePercent: -25,
      medianSalesChangeRupiah: -250_000,
      salesSample: 4,
      // A +1 (male), B +1 (female), C -4 (closed: 0 workers), D 0.
      netJobs: -2,
      jobsByGender: { male: -1, female: -1 },
      naikKelas: 1,
      naikKelasSample: 4,
      legalityGained: { NIB: 2, PIRT: 1 },
      closedLatest: 1,
    });
  });

  it('counts a closure recorded at +4 as surviving at +1 and +3 and closed at +6', () => {
    const c = only([closedC]);
    expect(c.survival.map((p) => [p.months, p.atRisk, p.surviving])).toEqual([
      [1, 1, 1],
      [3, 1, 1],
      [6, 1, 0],
      [12, 0, 0],
    ]);
  });

  it('censors a participant never followed up at every point', () => {
    const e = only([neverE]);
    expect(e.survival.every((p) => p.atRisk === 0 && p.rate === null)).toBe(true);
    expect(e.participants).toBe(1);
    expect(e.salesSample).toBe(0);
    expect(e.naikKelasSample).toBe(0);
    expect(e.medianSalesChangePercent).toBeNull();
  });

  it('censors a participant last seen trading before the point', () => {
    expect(only([growingB]).survival[2]).toEqual({ months: 6, atRisk: 0, surviving: 0, rate: null });
  });

  it('counts dormant as surviving, including an observation exactly on the point date', () => {
    expect(only([dormantD]).survival[2]).toEqual({ months: 6, atRisk: 1, surviving: 1, rate: 1 });
  });

  it('does not depend on the order of histories or snapshots', () => {
    const shuffled = [...cohort].reverse().map((h) => ({ ...h, snapshots: [...h.snapshots].reverse() }));
    expect(only(shuffled)).toEqual(outcome);
  });

  it('makes a point due only once completedOn + m months ≤ asOf', () => {
    const atSix = only(cohort, { asOf: '2026-07-15' });
    expect(atSix.survival[2]).toMatchObject({ months: 6, atRisk: 2, surviving: 1 }); // C closed, D dormant on the day
    const dayBefore = only(cohort, { asOf: '2026-07-14' });
    expect(dayBefore.survival[2]).toEqual({ months: 6, atRisk: 0, surviving: 0, rate: null });
  });
});

describe('survival rule details', () => {
  it('treats a closure recorded exactly on the point as not surviving', () => {
    const h = history('x', null, [snap('2026-04-15', { status: 'closed' })]);
    expect(only([h]).survival[1]).toEqual({ months: 3, atRisk: 1, surviving: 0, rate: 0 });
  });

  it('keeps a business seen closed before the point closed there, even if it reopened later', () => {
    const h = history('x', null, [snap('2026-03-15', { status: 'closed' }), snap('2026-09-15')]);
    const o = only([h]);
    expect(o.survival.map((p) => p.surviving)).toEqual([1, 0, 0, 0]);
    expect(o.survival.map((p) => p.atRisk)).toEqual([1, 1, 1, 0]);
    expect(o.closedLatest).toBe(0);
  });

  it('censors a reopened business with no observation after the point', () => {
    const h = history('x', null, [snap('2026-02-20', { status: 'closed' }), snap('2026-03-20')]);
    expect(only([h]).survival.map((p) => p.atRisk)).toEqual([1, 0, 0, 0]);
  });

  it('keeps a business closed from its closure on with no later check-in', () => {
    const h = history('x', null, [snap('2026-02-01', { status: 'closed' })]);
    expect(only([h]).survival.map((p) => [p.atRisk, p.surviving])).toEqual([[1, 0], [1, 0], [1, 0], [0, 0]]);
  });

  it('puts the +1 point of a completion on the 31st on the 1st of the month after next', () => {
    const completedOn = '2026-01-31';
    const seenFeb28 = history('x', null, [snap('2026-02-28')], { completedOn });
    expect(only([seenFeb28], { asOf: '2026-06-01' }).survival[0]).toMatchObject({ atRisk: 0 });
    const seenMar1 = history('x', null, [snap('2026-03-01')], { completedOn });
    expect(only([seenMar1], { asOf: '2026-06-01' }).survival[0]).toMatchObject({ atRisk: 1, surviving: 1 });
    expect(only([seenMar1], { asOf: '2026-02-28' }).survival[0]).toMatchObject({ atRisk: 0 });
  });

  it('honours custom months points, including 0 (the completion day itself)', () => {
    const o = computeOutcomes([growingA], { asOf, monthsPoints: [0, 2] })[0]!;
    expect(o.survival).toEqual([
      { months: 0, atRisk: 1, surviving: 1, rate: 1 },
      { months: 2, atRisk: 1, surviving: 1, rate: 1 },
    ]);
  });

  it('counts participants without a baseline in participants and survival only', () => {
    const noBaseline = history('z', null, [
      snap('2026-07-20', { monthlySales: 9_000_000, workersMale: 5, workersFemale: 5, scale: 'small', licences: ['NIB'] }),
    ]);
    const o = only([noBaseline]);
    expect(o).toMatchObject({
      participants: 1,
      salesSample: 0,
      medianSalesChangeRupiah: null,
      netJobs: 0,
      naikKelasSample: 0,
      legalityGained: {},
    });
    expect(o.survival[2]).toEqual({ months: 6, atRisk: 1, surviving: 1, rate: 1 });
  });
});

describe('asOf and "latest"', () => {
  it('ignores snapshots dated after asOf', () => {
    const late = snap('2026-12-01', { status: 'closed', monthlySales: 0, workersMale: 0, workersFemale: 0, licences: ['HALAL'] });
    const withLate = cohort.map((h) => ({ ...h, snapshots: [...h.snapshots, late] }));
    expect(only(withLate)).toEqual(only(cohort));
  });

  it('includes a snapshot dated exactly asOf', () => {
    const h = history('x', base({ monthlySales: 1_000_000 }), [snap(asOf, { monthlySales: 2_000_000 })]);
    expect(only([h]).medianSalesChangeRupiah).toBe(1_000_000);
  });

  it('reads the last of several snapshots sharing the latest date', () => {
    const h = history('x', base({ monthlySales: 1_000_000 }), [
      snap('2026-08-01', { monthlySales: 3_000_000 }),
      snap('2026-08-01', { status: 'dormant', monthlySales: 2_000_000 }),
    ]);
    const o = only([h]);
    expect(o.medianSalesChangeRupiah).toBe(1_000_000);
    expect(o.dormantLatest).toBe(1);
  });

  it('uses the latest known figure when the latest check-in left it blank', () => {
    const h = history('x', base({ monthlySales: 1_000_000, workersMale: 1, workersFemale: 0, scale: 'micro' }), [
      snap('2026-05-01', { monthlySales: 1_500_000, workersMale: 2, workersFemale: 1, scale: 'small' }),
      snap('2026-08-01', { workersMale: 3 }), // female unknown: the pair from 2026-05-01 is used
    ]);
    expect(only([h])).toMatchObject({ medianSalesChangeRupiah: 500_000, netJobs: 2, naikKelas: 1 });
  });
});

describe('sales medians', () => {
  const grower = (id: string, before: number | null, after: number | null) =>
    history(id, base({ monthlySales: before }), [snap('2026-08-01', { monthlySales: after })]);

  it('takes the middle value of an odd sample', () => {
    const o = only([grower('a', 1_000_000, 1_100_000), grower('b', 2_000_000, 3_000_000), grower('c', 4_000_000, 3_000_000)]);
    // +10%, +50%, -25% → 10; +100k, +1M, -1M → 100k
    expect(o).toMatchObject({ salesSample: 3, medianSalesChangePercent: 10, medianSalesChangeRupiah: 100_000 });
  });

  it('averages the two middle values of an even sample', () => {
    const o = only([
      grower('a', 1_000_000, 1_100_000),
      grower('b', 2_000_000, 3_000_000),
      grower('c', 4_000_000, 3_000_000),
      grower('d', 1_000_000, 1_300_001),
    ]);
    // % sorted: -25, 10, 30.0001, 50 → 20.00005 → 20; Rp: -1M, 100k, 300,001, 1M → 200,000.5 → 200,001
    expect(o).toMatchObject({ salesSample: 4, medianSalesChangePercent: 20, medianSalesChangeRupiah: 200_001 });
  });

  it('excludes a zero, negative or unknown baseline and an unknown latest figure', () => {
    const o = only([
      grower('zero', 0, 5_000_000),
      grower('neg', -1, 5_000_000),
      grower('nullBase', null, 5_000_000),
      grower('nullLatest', 1_000_000, null),
      grower('ok', 3_000_000, 4_000_000),
    ]);
    expect(o).toMatchObject({ salesSample: 1, medianSalesChangePercent: 33.3, medianSalesChangeRupiah: 1_000_000 });
  });

  it('rounds halves away from zero, for falls as for rises', () => {
    const falls = only([grower('a', 1_000_000, 999_999), grower('b', 1_000_000, 999_998)]);
    expect(falls.medianSalesChangeRupiah).toBe(-2); // -1.5
    const rises = only([grower('a', 1_000_000, 1_000_001), grower('b', 1_000_000, 1_000_002)]);
    expect(rises.medianSalesChangeRupiah).toBe(2); // 1.5
  });

  it('uses a figure recorded on a closing check-in, and 0 when it was left blank', () => {
    const closedWithFigure = history('a', base({ monthlySales: 2_000_000 }), [snap('2026-08-01', { status: 'closed', monthlySales: 500_000 })]);
    const closedBlank = history('b', base({ monthlySales: 2_000_000 }), [
      snap('2026-03-01', { monthlySales: 4_000_000 }),
      snap('2026-08-01', { status: 'closed' }),
    ]);
    expect(only([closedWithFigure]).medianSalesChangeRupiah).toBe(-1_500_000);
    expect(only([closedBlank])).toMatchObject({ medianSalesChangeRupiah: -2_000_000, medianSalesChangePercent: -100 });
  });
});

describe('jobs', () => {
  it('sums job losses to a negative net, split by gender', () => {
    const shrink = history('a', base({ workersMale: 3, workersFemale: 2 }), [snap('2026-08-01', { workersMale: 1, workersFemale: 2 })]);
    const grow = history('b', base({ workersMale: 0, workersFemale: 1 }), [snap('2026-08-01', { workersMale: 0, workersFemale: 2 })]);
    expect(only([shrink, grow])).toMatchObject({ netJobs: -1, jobsByGender: { male: -2, female: 1 } });
  });

  it('leaves out a participant whose baseline worker count is incomplete', () => {
    const partial = history('a', base({ workersMale: 3, workersFemale: null }), [snap('2026-08-01', { workersMale: 9, workersFemale: 9 })]);
    expect(only([partial])).toMatchObject({ netJobs: 0, jobsByGender: { male: 0, female: 0 } });
  });
});

describe('naik kelas', () => {
  const moved = (id: string, from: Snapshot['scale'], to: Snapshot['scale'], over: Partial<Snapshot> = {}, overLatest: Partial<Snapshot> = {}) =>
    history(id, base({ scale: from, ...over }), [snap('2026-08-01', { scale: to, ...overLatest })]);

  it('counts micro → small and medium → large, not small → micro or staying micro', () => {
    const o = only([moved('a', 'micro', 'small'), moved('b', 'medium', 'large'), moved('c', 'small', 'micro'), moved('d', 'micro', 'micro')]);
    expect(o).toMatchObject({ naikKelas: 2, naikKelasSample: 4 });
  });

  it('leaves out unknown scales and comparisons across different rule sets', () => {
    const o = only([
      moved('a', null, 'small'),
      moved('b', 'micro', null),
      moved('c', 'micro', 'small', { scaleRule: 'UU20_2008' }, { scaleRule: 'PP7_2021' }),
      moved('d', 'micro', 'small', { scaleRule: 'PP7_2021' }, { scaleRule: 'PP7_2021' }),
    ]);
    expect(o).toMatchObject({ naikKelas: 1, naikKelasSample: 1 });
  });

  it('keeps a closed business in the sample but never as moved up', () => {
    const h = history('a', base({ scale: 'micro' }), [snap('2026-05-01', { scale: 'small' }), snap('2026-08-01', { status: 'closed' })]);
    expect(only([h])).toMatchObject({ naikKelas: 0, naikKelasSample: 1 });
  });
});

describe('legality gained', () => {
  it('counts a licence only when absent at baseline, case-insensitively and once per participant', () => {
    const o = only([
      history('a', base({ licences: ['NIB'] }), [snap('2026-08-01', { licences: ['NIB', 'Halal'] })]),
      history('b', base({ licences: ['nib '] }), [snap('2026-08-01', { licences: ['NIB', 'HALAL', 'halal'] })]),
      history('c', base({ licences: [] }), [snap('2026-08-01', { licences: ['NIB', 'PIRT'] })]),
      history('d', base({ licences: [] }), []),
    ]);
    expect(o.legalityGained).toEqual({ HALAL: 2, NIB: 1, PIRT: 1 });
  });
});

describe('cohorts', () => {
  it('keeps two cohorts apart and sorts them', () => {
    const q2 = (h: ParticipantHistory) => ({ ...h, cohort: '2026-Q2' });
    const result = computeOutcomes([q2(closedC), growingA, q2(dormantD), growingB], { asOf });
    expect(result.map((r) => [r.cohort, r.participants])).toEqual([
      ['2026-Q1', 2],
      ['2026-Q2', 2],
    ]);
    const [q1, second] = result as [(typeof result)[0], (typeof result)[0]];
    expect(q1).toMatchObject({ netJobs: 2, closedLatest: 0, dormantLatest: 0, legalityGained: { NIB: 2, PIRT: 1 }, naikKelas: 1 });
    expect(second).toMatchObject({ netJobs: -4, closedLatest: 1, dormantLatest: 1, legalityGained: {}, naikKelas: 0 });
    expect(second.survival[2]).toEqual({ months: 6, atRisk: 2, surviving: 1, rate: 0.5 });
  });

  it('returns nothing for no histories', () => {
    expect(computeOutcomes([], { asOf })).toEqual([]);
  });
});

describe('bad input', () => {
  it('rejects malformed dates and months points', () => {
    expect(() => computeOutcomes([], { asOf: '2026-9-20' })).toThrow(RangeError);
    expect(() => computeOutcomes([], { asOf, monthsPoints: [1.5] })).toThrow(RangeError);
    expect(() => computeOutcomes([], { asOf, monthsPoints: [-1] })).toThrow(RangeError);
    expect(() => computeOutcomes([history('bad', null, [snap('2026-02-30')])], { asOf })).toThrow(/participant bad/);
    expect(() => computeOutcomes([history('bad', null, [], { completedOn: '2026-13-01' })], { asOf })).toThrow(RangeError);
  });
});

describe('median', () => {
  it('is null for no values', () => expect(median([])).toBeNull());
  it('handles one, odd and even counts, unsorted and negative', () => {
    expect(median([7])).toBe(7);
    expect(median([3, -1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([-5, -1])).toBe(-3);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('rejects NaN', () => expect(() => median([1, Number.NaN])).toThrow(RangeError));
});

describe('monthsBetween', () => {
  it.each([
    ['2026-01-15', '2026-01-15', 0],
    ['2026-01-15', '2026-02-14', 0],
    ['2026-01-15', '2026-02-15', 1],
    ['2026-01-31', '2026-02-28', 0],
    ['2026-01-31', '2026-03-01', 1],
    ['2026-01-31', '2026-04-30', 2],
    ['2025-11-30', '2026-01-30', 2],
    ['2024-01-31', '2024-02-29', 0],
    ['2024-02-29', '2024-03-29', 1],
    ['2024-02-29', '2025-02-28', 11],
    ['2024-02-29', '2025-03-01', 12],
    ['2023-02-28', '2024-02-29', 12],
    ['2026-03-01', '2026-01-31', -1],
  ])('%s → %s is %i', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
  it('rejects impossible days', () => {
    expect(() => monthsBetween('2025-02-29', '2026-01-01')).toThrow(RangeError);
    expect(() => monthsBetween('2026-01-01', '2026-1-1')).toThrow(RangeError);
  });
});

describe('monthsAfter agrees with monthsBetween', () => {
  it.each([
    ['2026-01-31', 1, '2026-03-01'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2024-02-29', 12, '2025-03-01'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-11-30', 3, '2027-03-01'],
    ['2026-12-31', 2, '2027-03-01'],
    ['2026-01-15', 0, '2026-01-15'],
  ])('%s + %i months is %s', (from, months, point) => {
    expect(monthsAfter(from, months)).toBe(point);
  });
  it('is the first day with m whole months elapsed, for every start day of a leap and a common year', () => {
    for (const year of [2024, 2026]) {
      for (let day = 0; day < 366; day++) {
        const from = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
        for (const m of [1, 3, 6, 12]) {
          const point = monthsAfter(from, m);
          const dayBefore = new Date(Date.parse(`${point}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          expect(monthsBetween(from, point)).toBe(m);
          expect(monthsBetween(from, dayBefore)).toBe(m - 1);
        }
      }
    }
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves symmetrically and never returns -0', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(-33.33, 1)).toBe(-33.3);
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), 0)).toBe(true);
  });
});
