import { useSession } from '../auth/session';

/** What the signed-in user may do with programmes in the active regency (the server decides too). */
export interface ProgrammeAccess {
  /** May open programmes, batches, participants and the report (admin, officer, head of office, assistant). */
  sees: boolean;
  /** May create and edit programmes and batches, decide, take attendance and complete batches (admin, officer). */
  writes: boolean;
  /** May nominate businesses (admin, officer; assistants within their kecamatan). */
  nominates: boolean;
  /** May verify owners' claims from the portal (admin, officer). */
  verifiesClaims: boolean;
}

/** The access a role has to programmes; superadmins act as admins. */
export function programmeAccessOf(role: string | undefined): ProgrammeAccess {
  const writes = role === 'admin' || role === 'officer';
  return {
    sees: writes || role === 'head' || role === 'assistant',
    writes,
    nominates: writes || role === 'assistant',
    verifiesClaims: writes,
  };
}

/** The role's access to programmes in the active regency. */
export function useProgrammeAccess(): ProgrammeAccess {
  const { tenant, isSuperadmin } = useSession();
  return programmeAccessOf(isSuperadmin ? 'admin' : tenant?.role);
}
