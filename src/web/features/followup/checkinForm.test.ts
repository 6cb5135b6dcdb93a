import { describe, expect, it } from 'vitest';
import { checkPlausibility } from '../../../server/modules/followup/plausibility';
import { checkinInput } from '../../../server/modules/followup/followup.schemas';
import {
  type CheckinFormValues,
  emptyCheckinForm,
  formFieldOf,
  lastVisitOf,
  localToday,
  monthlyOf,
  observedOf,
  plausibilityValues,
  previousStateOf,
  questionSignature,
  splitFindings,
  toCheckinBody,
} from './checkinForm';
import { newId } from './newId';

const business = {
  status: 'active' as const,
  salesChannels: ['offline' as const, 'whatsapp' as const],
  scale: 'micro' as const,
  annualSales: 36_000_000,
  workersMale: 1,
  workersFemale: 2,
  startYear: 2019,
};
const ctx = { id: '0190f5c2-7a1e-7c3a-9b2d-1a2b3c4d5e6f', businessId: '00000000-0000-4000-8000-000000000001', taskId: '00000000-0000-4000-8000-000000000002', baseVersion: 4 };

const filled = (patch: Partial<CheckinFormValues> = {}): CheckinFormValues => ({ ...emptyCheckinForm(business, '2026-07-01'), ...patch });

describe('check-in form values', () => {
  it('starts from the registry for status and channels, with empty figures', () => {
    const v = emptyCheckinForm(business, '2026-07-01');
    expect(v).toMatchObject({ visitedOn: '2026-07-01', status: 'active', monthlySales: '', workersMale: '', workersFemale: '', salesChannels: ['offline', 'whatsapp'] });
    v.salesChannels.push('tiktok');
    expect(business.salesChannels).toEqual(['offline', 'whatsapp']);
  });

  it('builds a body the server schema accepts: blanks become null, the reason only when not active', () => {
    const body = toCheckinBody(filled({ monthlySales: 4_500_000, workersMale: 2, statusReason: 'ignored', newProducts: '  Keripik pedas ', problems: ' ' }), ctx, false);
    expect(body).toMatchObject({ ...ctx, visitedOn: '2026-07-01', status: 'active', statusReason: null, monthlySales: 4_500_000, workersMale: 2, workersFemale: null, newProducts: 'Keripik pedas', problems: null, confirmed: false });
    expect(checkinInput.safeParse(body).success).toBe(true);
    const closed = toCheckinBody(filled({ status: 'closed', statusReason: ' Pindah kerja ' }), ctx, true);
    expect(closed.statusReason).toBe('Pindah kerja');
    expect(closed.confirmed).toBe(true);
    expect(checkinInput.safeParse(closed).success).toBe(true);
  });

  it('gives the plausibility rules what the registry knew (annual sales per month, total workers)', () => {
    expect(monthlyOf(36_000_000)).toBe(3_000_000);
    expect(monthlyOf(null)).toBeNull();
    expect(previousStateOf(business, '2026-03-01')).toEqual({ scale: 'micro', monthlySales: 3_000_000, workers: 3, lastVisitDate: '2026-03-01', startYear: 2019 });
    expect(observedOf(business)).toEqual({ status: 'active', monthlySales: 3_000_000, workersMale: 1, workersFemale: 2, salesChannels: ['offline', 'whatsapp'] });
  });

  it('asks about an extra zero and refuses a missing reason, as the server would', () => {
    const previous = previousStateOf(business, null);
    const jump = splitFindings(checkPlausibility(plausibilityValues(filled({ monthlySales: 45_000_000 })), previous, '2026-07-01'));
    expect(jump.errors).toEqual([]);
    expect(jump.questions.map((q) => q.messageKey)).toEqual(['followup.check.sales_jump']);
    const closed = splitFindings(checkPlausibility(plausibilityValues(filled({ status: 'closed' })), previous, '2026-07-01'));
    expect(closed.errors.map((e) => [formFieldOf(e.field), e.messageKey])).toEqual([['statusReason', 'followup.check.reason_missing']]);
  });

  it('places findings under the form inputs', () => {
    expect(formFieldOf('date')).toBe('visitedOn');
    expect(formFieldOf('workers')).toBe('workersMale');
    expect(formFieldOf('monthlySales')).toBe('monthlySales');
    expect(formFieldOf('needs.0')).toBe('needs');
  });

  it('knows the latest earlier visit', () => {
    expect(lastVisitOf([])).toBeNull();
    expect(lastVisitOf([{ visitedOn: '2026-02-01' }, { visitedOn: '2026-05-03' }, { visitedOn: '2026-04-30' }])).toBe('2026-05-03');
  });

  it('a confirmation belongs to one set of questions', () => {
    const a = questionSignature([{ messageKey: 'followup.check.sales_jump', params: { previous: 1, current: 20 } }]);
    const b = questionSignature([{ messageKey: 'followup.check.sales_jump', params: { previous: 1, current: 30 } }]);
    expect(a).not.toBe(b);
    expect(questionSignature([])).toBe('');
  });

  it('dates the visit in the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 6, 30))).toBe('2026-01-05');
  });
});

describe('check-in ids', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it('uses randomUUID where there is one, else builds a v4 from random bytes (plain-http intranets)', () => {
    expect(newId({ randomUUID: () => 'x', getRandomValues: (a) => a })).toBe('x');
    const fallback = newId({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => { new Uint8Array((a as unknown as Uint8Array).buffer).fill(255); return a; } });
    expect(fallback).toMatch(UUID);
    expect(newId()).not.toBe(newId());
  });
});
