import type { BatchInput, BatchView } from '../../api/types';
import type { MaybeNumber } from './rules';
import { checkSessionRow, rowToSession, type SessionRow } from './schedule';

/** The batch form's values; sessions only when the batch is created (later ones are added one by one). */
export interface BatchFormValues {
  name: string;
  venue: string;
  capacity: MaybeNumber;
  trainers: string;
  startsOn: string;
  endsOn: string;
  sessions: SessionRow[];
}

/** A new batch named `name` with 25 seats and no dates or sessions yet. */
export const emptyBatch = (name: string): BatchFormValues => ({ name, venue: '', capacity: 25, trainers: '', startsOn: '', endsOn: '', sessions: [] });

/** The form values of a stored batch (its sessions are not edited here). */
export const batchToForm = (b: BatchView): BatchFormValues => ({
  name: b.name,
  venue: b.venue ?? '',
  capacity: b.capacity,
  trainers: b.trainers ?? '',
  startsOn: b.startsOn.slice(0, 10),
  endsOn: b.endsOn.slice(0, 10),
  sessions: [],
});

const text = (v: string) => (v.trim() === '' ? null : v.trim());

/** The request body; sessions in the officer's time zone. */
export function batchToInput(v: BatchFormValues, offset?: (date: string, time: string) => number): BatchInput {
  return {
    name: v.name.trim(),
    venue: text(v.venue),
    capacity: typeof v.capacity === 'number' ? Math.round(v.capacity) : 0,
    trainers: text(v.trainers),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    sessions: v.sessions.map((row) => rowToSession(row, offset)),
  };
}

/** Client checks: name, a capacity of at least 1, dates in order, every session row complete and inside the dates. */
export function checkBatch(v: BatchFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors.name = 'validation.required';
  if (typeof v.capacity !== 'number' || v.capacity < 1) errors.capacity = 'programmes.batch.capacityMin';
  if (!v.startsOn) errors.startsOn = 'validation.required';
  if (!v.endsOn) errors.endsOn = 'validation.required';
  else if (v.startsOn && v.endsOn < v.startsOn) errors.endsOn = 'validation.endsBeforeStarts';
  v.sessions.forEach((row, i) => {
    for (const [field, key] of Object.entries(checkSessionRow(row, v))) errors[`sessions.${i}.${field}`] = key;
  });
  return errors;
}
