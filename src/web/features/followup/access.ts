import { useSession } from '../auth/session';

/** What the signed-in user may do with follow-up monitoring in the active regency (the server decides too). */
export interface FollowupAccess {
  /** May open worklists, histories, outcomes and alerts (admin, officer, head of office, assistant). */
  sees: boolean;
  /** May record check-ins, send self-report links and resolve conflicts (admin, officer, assistant). */
  writes: boolean;
  /** Kecamatan the user is limited to (assistants); empty = the whole regency. */
  kecamatanCodes: string[];
}

/** The access a role has; superadmins act as admins. */
export function followupAccessOf(role: string | undefined, kecamatanCodes: readonly string[] = []): FollowupAccess {
  const writes = role === 'admin' || role === 'officer' || role === 'assistant';
  return { sees: writes || role === 'head', writes, kecamatanCodes: role === 'assistant' ? [...kecamatanCodes] : [] };
}

/** The role's follow-up access in the active regency. */
export function useFollowupAccess(): FollowupAccess {
  const { tenant, isSuperadmin } = useSession();
  return followupAccessOf(isSuperadmin ? 'admin' : tenant?.role, tenant?.kecamatanCodes ?? []);
}
