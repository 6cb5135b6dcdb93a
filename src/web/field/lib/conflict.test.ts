import { describe, expect, it } from 'vitest';
import { conflictRows, refreshConflict, resolveBody } from './conflict';
import type { ConflictAnswer, FieldBusiness } from './types';

const answer: ConflictAnswer = {
  id: '0190a3c4-0000-7000-8000-000000000001',
  result: 'conflict',
  current: {
    version: 7,
    values: { status: 'active', monthlySales: 2_000_000, workersMale: 2, workersFemale: 1, salesChannels: ['offline'] },
    checkin: { status: 'active', monthlySales: 2_500_000, workersMale: 3, workersFemale: 1, salesChannels: ['offline', 'whatsapp'] },
    fields: ['salesChannels', 'monthlySales'],
  },
};

describe('conflicts', () => {
  it('lists the differing fields side by side in a stable order', () => {
    expect(conflictRows(answer)).toEqual([
      { field: 'monthlySales', registry: 2_000_000, checkin: 2_500_000 },
      { field: 'salesChannels', registry: ['offline'], checkin: ['offline', 'whatsapp'] },
    ]);
  });

  it('builds the resolve request only when every differing field is picked; the rest take the check-in', () => {
    expect(resolveBody(answer, { monthlySales: 'registry' })).toBeNull();
    expect(resolveBody(answer, { monthlySales: 'registry', salesChannels: 'checkin' })).toEqual({
      businessVersion: 7,
      take: { status: 'checkin', monthlySales: 'registry', workersMale: 'checkin', workersFemale: 'checkin', salesChannels: 'checkin' },
    });
  });

  it('is brought up to date with a fresh registry record after the business changed again', () => {
    const business = { id: 'b', version: 9, status: 'dormant', monthlySales: 2_500_000, workersMale: 2, workersFemale: 1, salesChannels: ['offline'] } as unknown as FieldBusiness;
    const fresh = refreshConflict(answer, business);
    expect(fresh.current.version).toBe(9);
    expect(fresh.current.values.status).toBe('dormant');
    expect(fresh.current.fields).toEqual(['status', 'workersMale', 'salesChannels']);
    expect(fresh.current.checkin).toBe(answer.current.checkin);
  });
});
