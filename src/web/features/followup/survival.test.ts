import { describe, expect, it } from 'vitest';
import { type ChartBox, formatRate, knownPoints, maxMonthsOf, rateFloor, scales, stepPath, survivalRows } from './survival';

const box: ChartBox = { width: 220, height: 120, left: 20, right: 0, top: 10, bottom: 10 };
const pt = (months: number, rate: number | null, atRisk = 10) => ({ months, atRisk, surviving: rate === null ? 0 : Math.round(rate * atRisk), rate });

describe('survival chart', () => {
  it('scales months and rates into the plot area, clamping outliers', () => {
    const { x, y } = scales(box, 12);
    expect([x(0), x(6), x(12), x(24)]).toEqual([20, 120, 220, 220]);
    expect([y(1), y(0.5), y(0), y(1.5)]).toEqual([10, 60, 110, 10]);
  });

  it('starts the rate axis at 50 % only when every figure is at least 60 %', () => {
    expect(rateFloor([{ months: 1, rate: 0.95 }], [{ months: 1, rate: 0.6 }])).toBe(0.5);
    expect(rateFloor([{ months: 1, rate: 0.95 }, { months: 12, rate: 0.55 }])).toBe(0);
    expect(rateFloor([])).toBe(0);
    const { y } = scales(box, 12, 0.5);
    expect([y(1), y(0.75), y(0.5), y(0.2)]).toEqual([10, 60, 110, 110]);
  });

  it('draws a step curve from 100 % at completion, skipping checkpoints without a figure', () => {
    const { x, y } = scales(box, 12);
    const pts = knownPoints([pt(6, 0.8), pt(1, 1), pt(3, null), pt(12, 0.5)]);
    expect(pts).toEqual([{ months: 1, rate: 1 }, { months: 6, rate: 0.8 }, { months: 12, rate: 0.5 }]);
    expect(stepPath(pts, x, y)).toBe('M20 10 H36.7 V10 H120 V30 H220 V60');
    expect(stepPath([], x, y)).toBeNull();
  });

  it('the month axis reaches the last checkpoint, at least a year', () => {
    expect(maxMonthsOf([pt(1, 1), pt(3, 1)])).toBe(12);
    expect(maxMonthsOf([pt(1, 1)], [pt(24, 0.5)])).toBe(24);
  });

  it('lays both groups side by side per checkpoint', () => {
    const rows = survivalRows([pt(1, 1), pt(3, 0.9)], [pt(3, 0.95), pt(6, 0.9)]);
    expect(rows.map((r) => [r.months, r.cohort?.rate ?? null, r.comparison?.rate ?? null])).toEqual([[1, 1, null], [3, 0.9, 0.95], [6, null, 0.9]]);
    expect(survivalRows([pt(1, 1)], null)[0]!.comparison).toBeNull();
  });

  it('formats rates as whole percentages, unknown as a dash', () => {
    expect(formatRate(0.875, 'en')).toBe('88%');
    expect(formatRate(0.5, 'id')).toMatch(/^50\s?%$/);
    expect(formatRate(null, 'id')).toBe('—');
  });
});
