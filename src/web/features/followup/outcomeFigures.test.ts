import { describe, expect, it } from 'vitest';
import { formatFindingParams } from './findingText';
import { formatPercentChange, formatRupiahChange, formatSigned, legalityRows, outcomesQuery, outcomesXlsxUrl, perBusiness, readOutcomeParams, shareOf } from './outcomeFigures';
import { readDropPercent, readWorklistParams, worklistSearch } from './worklistParams';
import { osmUrl } from './geo';

const P = '00000000-0000-4000-8000-000000000009';

describe('outcome figures', () => {
  it('signs changes', () => {
    expect(formatSigned(3, 'id')).toBe('+3');
    expect(formatSigned(-1200, 'id')).toBe('\u22121.200');
    expect(formatSigned(0, 'en')).toBe('0');
    expect(formatSigned(0.25, 'id', 1)).toBe('+0,3');
    expect(formatSigned(null, 'id')).toBe('—');
    expect(formatPercentChange(12.5, 'id')).toBe('+12,5%');
    expect(formatPercentChange(-8, 'en')).toBe('\u22128%');
    expect(formatRupiahChange(150000, 'id')).toBe('+Rp 150.000');
    expect(formatRupiahChange(-20000, 'en')).toBe('\u2212Rp 20,000');
  });

  it('lists licences gained by either group, NIB first, zero where one group has none', () => {
    expect(legalityRows({ HALAL: 2, NIB: 5 }, { NIB: 1, PIRT: 3 })).toEqual([
      { kind: 'NIB', cohort: 5, comparison: 1 },
      { kind: 'PIRT', cohort: 0, comparison: 3 },
      { kind: 'HALAL', cohort: 2, comparison: 0 },
    ]);
    expect(legalityRows({ NIB: 1 }, null)).toEqual([{ kind: 'NIB', cohort: 1, comparison: null }]);
  });

  it('shares and per-business figures have no value without a base', () => {
    expect(shareOf(3, 12)).toBe(25);
    expect(shareOf(1, 0)).toBeNull();
    expect(perBusiness(7, 20)).toBe(0.4);
    expect(perBusiness(7, 0)).toBeNull();
  });

  it('reads the scope from the address; the programme route preselects', () => {
    const today = '2026-07-01';
    expect(readOutcomeParams(new URLSearchParams(''), P, today)).toEqual({ scope: { kind: 'programme', programmeId: P }, asOf: today });
    expect(readOutcomeParams(new URLSearchParams('kecamatan=32.04.01&asOf=2026-01-31'), undefined, today)).toEqual({ scope: { kind: 'kecamatan', kecamatan: '32.04.01' }, asOf: '2026-01-31' });
    expect(readOutcomeParams(new URLSearchParams('by=kecamatan&asOf=nope'), undefined, today)).toEqual({ scope: { kind: 'kecamatan', kecamatan: null }, asOf: today });
    expect(readOutcomeParams(new URLSearchParams(''), undefined, today).scope).toEqual({ kind: 'programme', programmeId: null });
  });

  it('queries only a chosen scope, and the xlsx uses the same query in the user’s language', () => {
    expect(outcomesQuery({ kind: 'programme', programmeId: null }, '2026-07-01')).toBeNull();
    const q = outcomesQuery({ kind: 'programme', programmeId: P }, '2026-07-01');
    expect(q).toEqual({ programmeId: P, asOf: '2026-07-01' });
    expect(outcomesXlsxUrl('32.04', q!, 'en')).toBe(`/api/tenants/32.04/followup/outcomes.xlsx?programmeId=${P}&asOf=2026-07-01&lang=en`);
    expect(outcomesQuery({ kind: 'kecamatan', kecamatan: '32.04.05' }, null)).toEqual({ kecamatan: '32.04.05' });
  });
});

describe('worklist and alert addresses', () => {
  it('reads filters, dropping malformed values; the tab defaults to due', () => {
    expect(readWorklistParams(new URLSearchParams(`kecamatan=32.04.01&programmeId=${P}&state=overdue`))).toEqual({ kecamatan: '32.04.01', programmeId: P, state: 'overdue' });
    expect(readWorklistParams(new URLSearchParams('kecamatan=x&programmeId=1&state=open'))).toEqual({ kecamatan: '', programmeId: '', state: 'due' });
    expect(worklistSearch({ kecamatan: '32.04.01', state: 'overdue', programmeId: '' })).toBe('?kecamatan=32.04.01&state=overdue');
    expect(worklistSearch({})).toBe('');
  });

  it('the sales-drop threshold is a whole percent 1–100, default 30', () => {
    expect(readDropPercent(new URLSearchParams('drop=50'))).toBe(50);
    expect(readDropPercent(new URLSearchParams('drop=0'))).toBe(30);
    expect(readDropPercent(new URLSearchParams('drop=12.5'))).toBe(30);
    expect(readDropPercent(new URLSearchParams(''))).toBe(30);
  });
});

describe('texts of findings and places', () => {
  it('formats amounts as rupiah in sales rules only, dates by language, years raw', () => {
    expect(formatFindingParams('followup.check.sales_jump', { previous: 3_000_000, current: 45_000_000, ratio: 15 }, 'id')).toEqual({ previous: 'Rp 3.000.000', current: 'Rp 45.000.000', ratio: '15' });
    expect(formatFindingParams('followup.check.workers_change', { previous: 3, current: 1200 }, 'id')).toEqual({ previous: '3', current: '1.200' });
    expect(formatFindingParams('followup.check.date_before_start', { date: '2018-05-02', startYear: 2019 }, 'en')).toEqual({ date: '2 May 2018', startYear: '2019' });
    expect(formatFindingParams('followup.check.reason_missing', undefined, 'id')).toEqual({});
  });

  it('links GPS points to OpenStreetMap', () => {
    expect(osmUrl(-6.9175, 107.6191)).toBe('https://www.openstreetmap.org/?mlat=-6.917500&mlon=107.619100#map=18/-6.917500/107.619100');
  });
});
