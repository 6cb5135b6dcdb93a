/**
 * Deciding a conflict: the server stored the check-in but left the registry alone because the office
 * changed the same fields meanwhile. Per differing field the assistant keeps the registry's value or
 * takes the check-in's; the fields that do not differ take the check-in's (it is the newer observation).
 */
import { CONFLICT_FIELDS, type ConflictField } from './options';
import type { ConflictAnswer, FieldBusiness, ResolveInput } from './types';

/** Which side wins a field. */
export type Side = 'checkin' | 'registry';
type Values = ConflictAnswer['current']['values'];

/** One differing field: the registry's value and the check-in's, side by side. */
export interface ConflictRow {
  field: ConflictField;
  registry: Values[ConflictField];
  checkin: Values[ConflictField];
}

/** The differing fields of a conflict, in the canonical field order. */
export function conflictRows(answer: ConflictAnswer): ConflictRow[] {
  const { values, checkin, fields } = answer.current;
  return CONFLICT_FIELDS.filter((f) => fields.includes(f)).map((field) => ({ field, registry: values[field], checkin: checkin[field] }));
}

/** The resolve request, or null while a differing field has no choice yet. */
export function resolveBody(answer: ConflictAnswer, picks: Partial<Record<ConflictField, Side>>): ResolveInput | null {
  const take = {} as ResolveInput['take'];
  for (const field of CONFLICT_FIELDS) {
    if (answer.current.fields.includes(field)) {
      const pick = picks[field];
      if (!pick) return null;
      take[field] = pick;
    } else take[field] = 'checkin';
  }
  return { businessVersion: answer.current.version, take };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The conflict brought up to date with the registry as the fresh field pack shows it (after the
 * server answered "the business changed again"): new version and values, and the differing fields
 * recomputed among the fields the check-in actually gives (a null in the check-in means "not asked").
 */
export function refreshConflict(answer: ConflictAnswer, business: FieldBusiness): ConflictAnswer {
  const values: Values = {
    status: business.status,
    monthlySales: business.monthlySales,
    workersMale: business.workersMale,
    workersFemale: business.workersFemale,
    salesChannels: business.salesChannels,
  };
  const { checkin } = answer.current;
  const fields = CONFLICT_FIELDS.filter((f) => checkin[f] !== null && !same(values[f], checkin[f]));
  return { ...answer, current: { version: business.version, values, checkin, fields } };
}
