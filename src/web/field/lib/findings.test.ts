import { describe, expect, it } from 'vitest';
import { findingText, formatFindingParams, isFindingKey } from './findings';

describe('finding texts', () => {
  it('formats amounts as rupiah and dates for reading, counts as numbers', () => {
    expect(findingText('followup.check.sales_jump', { previous: 1_000_000, current: 50_000_000, ratio: 50 }, 'id')).toBe(
      'Omzet per bulan sangat berbeda dari sebelumnya: dulu Rp 1.000.000, sekarang Rp 50.000.000. Apakah angkanya benar?',
    );
    expect(findingText('followup.check.workers_change', { previous: 3, current: 40 }, 'en')).toContain('3 then, 40 now');
    expect(formatFindingParams('followup.check.date_future', { date: '2027-03-01', today: '2026-06-01' }, 'id')).toEqual({ date: '1 Mar 2027', today: '1 Jun 2026' });
  });

  it('knows its keys and answers undefined for others', () => {
    expect(isFindingKey('followup.check.reason_missing')).toBe(true);
    expect(isFindingKey('errors.validation')).toBe(false);
    expect(findingText('followup.check.nope', {}, 'id')).toBeUndefined();
  });
});
