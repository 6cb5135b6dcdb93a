import type { DecisionAction, ParticipantStatus, ParticipantView } from '../../api/types';

/**
 * The decisions an officer can take on a participant in a status: a new application can be accepted,
 * waitlisted or rejected; a waitlisted one accepted, rejected or withdrawn; an accepted one rejected or
 * withdrawn (the server then promotes the first waitlisted); a rejected one reconsidered. Nothing after
 * withdrawal or completion, nor once the batch is completed.
 */
export function actionsFor(status: ParticipantStatus, batchCompleted: boolean): DecisionAction[] {
  if (batchCompleted) return [];
  switch (status) {
    case 'applied':
      return ['accept', 'waitlist', 'reject'];
    case 'waitlisted':
      return ['accept', 'reject', 'withdraw'];
    case 'accepted':
      return ['reject', 'withdraw'];
    case 'rejected':
      return ['accept', 'waitlist'];
    default:
      return [];
  }
}

/** Accepting a candidate the rules screen out needs a written reason (the server asks for it too). */
export const needsOverride = (p: Pick<ParticipantView, 'eligible'>, action: DecisionAction): boolean => action === 'accept' && !p.eligible;

/** "12/25 diterima": the share of seats taken and whether the batch is full. */
export function capacityState(accepted: number, capacity: number): { percent: number; full: boolean; left: number } {
  const left = Math.max(0, capacity - accepted);
  return { percent: capacity > 0 ? Math.min(100, Math.round((accepted / capacity) * 100)) : 0, full: capacity > 0 && accepted >= capacity, left };
}
