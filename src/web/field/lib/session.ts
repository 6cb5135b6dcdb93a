/**
 * Which of the signed-in user's memberships the field app works for: the first where they are a
 * field assistant, an officer or an admin (the roles that may record check-ins).
 */
import type { Me, Membership } from './types';

const FIELD_ROLES = ['assistant', 'officer', 'admin'] as const;

/** The membership the app uses, or null when the account may not record check-ins. */
export function fieldMembership(me: Me | null | undefined): Membership | null {
  if (!me) return null;
  for (const role of FIELD_ROLES) {
    const found = me.memberships.find((m) => m.role === role);
    if (found) return found;
  }
  return null;
}

/** Officers and admins may pick the kecamatan of their pack; an assistant gets their own. */
export const picksKecamatan = (membership: Membership | null): boolean => membership !== null && membership.role !== 'assistant';
