import { describe, expect, it } from 'vitest';
import { resolveInput } from '../../../server/modules/followup/followup.schemas';
import { conflictRows, defaultTakes, observedOfCheckin, resolveBody } from './conflict';
import type { ObservedValues } from './followup.types';

const registry: ObservedValues = { status: 'active', monthlySales: 3_000_000, workersMale: 1, workersFemale: 2, salesChannels: ['offline'] };
const checkin: ObservedValues = { status: 'dormant', monthlySales: null, workersMale: 1, workersFemale: 4, salesChannels: ['offline', 'whatsapp'] };

describe('conflict resolution', () => {
  it('shows the flagged fields in the fixed order with both sides', () => {
    expect(conflictRows(registry, checkin, ['salesChannels', 'status'])).toEqual([
      { field: 'status', registry: 'active', checkin: 'dormant' },
      { field: 'salesChannels', registry: ['offline'], checkin: ['offline', 'whatsapp'] },
    ]);
  });

  it("takes the visit's value by default, the registry's where the visit recorded nothing", () => {
    expect(defaultTakes(checkin)).toEqual({ status: 'checkin', monthlySales: 'registry', workersMale: 'checkin', workersFemale: 'checkin', salesChannels: 'checkin' });
  });

  it('sends a choice for every field, the user’s where given', () => {
    const body = resolveBody(7, checkin, { status: 'registry' });
    expect(body).toEqual({ businessVersion: 7, take: { status: 'registry', monthlySales: 'registry', workersMale: 'checkin', workersFemale: 'checkin', salesChannels: 'checkin' } });
    expect(resolveInput.safeParse(body).success).toBe(true);
  });

  it('reads a stored check-in as one side', () => {
    expect(observedOfCheckin({ status: 'closed', monthlySales: 0, workersMale: null, workersFemale: null, salesChannels: null })).toEqual({
      status: 'closed', monthlySales: 0, workersMale: null, workersFemale: null, salesChannels: null,
    });
  });
});
