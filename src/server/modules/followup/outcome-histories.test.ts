import { describe, expect, it } from 'vitest';
import { buildHistory, COMPARISON_PER_PARTICIPANT, matchComparison, salesBand, type MetricRow } from './outcome-histories';

const row = (recorded_on: string, extra: Partial<MetricRow> = {}): MetricRow => ({
  business_id: 'b1', recorded_on, annual_sales: '96000000', workers_male: 1, workers_female: 2, scale: 'micro', scale_rule_id: 'PP7_2021',
  status: null, licences: null, source: 'import', ...extra,
});
const who = { participantId: 'p1', businessId: 'b1', cohort: 'prog', completedOn: '2026-03-15' };

describe('buildHistory', () => {
  it('takes the last snapshot up to completion as baseline and every later one as a follow-up', () => {
    const h = buildHistory(who, [
      row('2025-01-10'),
      row('2026-03-01', { source: 'baseline', status: 'active', licences: ['NIB'], annual_sales: '120000000' }),
      row('2026-04-20', { source: 'followup', status: 'active', licences: ['NIB', 'PIRT'], annual_sales: 180_000_000 }),
    ]);
    expect(h.baseline).toMatchObject({ date: '2026-03-01', monthlySales: 10_000_000, licences: ['NIB'], status: 'active' });
    expect(h.snapshots).toEqual([expect.objectContaining({ date: '2026-04-20', monthlySales: 15_000_000, licences: ['NIB', 'PIRT'] })]);
  });

  it('carries the last observed status and licences over rows that did not observe them', () => {
    const h = buildHistory(who, [
      row('2026-03-01', { source: 'baseline', status: 'active', licences: ['NIB'] }),
      row('2026-05-01', { source: 'followup', status: 'closed', licences: ['NIB'] }),
      row('2026-06-01', { source: 'update' }),
    ]);
    expect(h.snapshots.map((s) => [s.status, s.licences])).toEqual([['closed', ['NIB']], ['closed', ['NIB']]]);
  });

  it('counts a follow-up on the completion day as after it, other rows that day as baseline', () => {
    const h = buildHistory(who, [row('2026-03-15', { source: 'baseline' }), row('2026-03-15', { source: 'followup', status: 'dormant' })]);
    expect(h.baseline?.date).toBe('2026-03-15');
    expect(h.snapshots.map((s) => s.status)).toEqual(['dormant']);
  });

  it('has no baseline when nothing predates completion, and unknown sales stay unknown', () => {
    const h = buildHistory(who, [row('2026-04-01', { annual_sales: null, source: 'followup', status: 'active' })]);
    expect(h.baseline).toBeNull();
    expect(h.snapshots[0]!.monthlySales).toBeNull();
  });
});

describe('matchComparison', () => {
  const baseline = (monthly: number | null, scale = 'micro') => ({ date: '2026-03-01', status: 'active' as const, monthlySales: monthly, workersMale: 1, workersFemale: 1, scale: scale as 'micro', licences: [] });
  const cand = (id: string, kecamatan: string, sector: string, annual: number | null, scale = 'micro') => ({ id, kecamatan_code: kecamatan, sector, scale, annual_sales: annual });

  it('bands monthly sales', () => {
    expect([salesBand(null), salesBand(4_999_999), salesBand(5_000_000), salesBand(200_000_000)]).toEqual(['unknown', 'b0', 'b1', 'b4']);
  });

  it('prefers the same kecamatan, then the same sector; same scale and band only; each candidate once', () => {
    const participants = [
      { kecamatan_code: '32.04.01', sector: 'kuliner', completed_on: '2026-03-15', baseline: baseline(8_000_000) },
      { kecamatan_code: '32.04.01', sector: 'kuliner', completed_on: '2026-03-20', baseline: baseline(9_000_000) },
    ];
    const candidates = [
      cand('a', '32.04.02', 'kuliner', 96_000_000), // other area, same sector
      cand('b', '32.04.01', 'fashion', 100_000_000), // same area
      cand('c', '32.04.01', 'kuliner', 600_000_000), // other band (50 jt/month)
      cand('d', '32.04.01', 'kuliner', 96_000_000, 'small'), // other scale
      cand('e', '32.04.03', 'kriya', 96_000_000), // neither area nor sector
      cand('f', '32.04.01', 'jasa', 70_000_000), // same area
    ];
    expect(matchComparison(participants, candidates)).toEqual([
      { businessId: 'b', completedOn: '2026-03-15' }, { businessId: 'f', completedOn: '2026-03-15' },
      { businessId: 'a', completedOn: '2026-03-20' },
    ]);
    expect(COMPARISON_PER_PARTICIPANT).toBe(2);
  });

  it('skips participants without a baseline', () => {
    expect(matchComparison([{ kecamatan_code: 'x', sector: 'kuliner', completed_on: '2026-01-01', baseline: null }], [cand('a', 'x', 'kuliner', 1)])).toEqual([]);
  });
});
