import type { CheckinView, ConflictField, ObservedValues, ResolveBody, Take } from './followup.types';
import { CONFLICT_FIELDS } from './constants';

/** One field of a conflict as the resolution table shows it. */
export interface ConflictRow {
  field: ConflictField;
  registry: ObservedValues[ConflictField];
  checkin: ObservedValues[ConflictField];
}

/**
 * The rows to decide: the fields the server flagged when the check-in was stored, in the fixed field order.
 * Only those can take the check-in's value on resolving; every other field keeps the registry's.
 */
export function conflictRows(registry: ObservedValues, checkin: ObservedValues, flagged: readonly ConflictField[]): ConflictRow[] {
  return CONFLICT_FIELDS.filter((f) => flagged.includes(f)).map((field) => ({ field, registry: registry[field], checkin: checkin[field] }));
}

/**
 * The starting choice per field: the check-in's value (the newer observation on the ground) unless the
 * check-in did not record that field, when the registry's value stays.
 */
export function defaultTakes(checkin: ObservedValues): Record<ConflictField, Take> {
  return Object.fromEntries(CONFLICT_FIELDS.map((f) => [f, checkin[f] === null ? 'registry' : 'checkin'])) as Record<ConflictField, Take>;
}

/** The resolve body: the user's choice on every shown field, the default on the others (equal values). */
export function resolveBody(businessVersion: number, checkin: ObservedValues, chosen: Partial<Record<ConflictField, Take>>): ResolveBody {
  return { businessVersion, take: { ...defaultTakes(checkin), ...chosen } };
}

/** What a stored check-in recorded, in the shape of a conflict's side (channels the server lists as plain strings). */
export function observedOfCheckin(c: Pick<CheckinView, 'status' | 'monthlySales' | 'workersMale' | 'workersFemale' | 'salesChannels'>): ObservedValues {
  return {
    status: c.status,
    monthlySales: c.monthlySales,
    workersMale: c.workersMale,
    workersFemale: c.workersFemale,
    salesChannels: (c.salesChannels as ObservedValues['salesChannels']) ?? null,
  };
}
