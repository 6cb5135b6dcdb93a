import { useSession } from '../auth/session';

/** What the signed-in user may do with imports and duplicates in the active regency (the server decides too). */
export interface ImportAccess {
  /** May open the import history and the duplicate queue (admin, officer, assistant, head of office). */
  sees: boolean;
  /** May upload, map, check and commit spreadsheets, and decide pairs (admin, officer; assistants in their kecamatan). */
  writes: boolean;
  /** May re-scan the whole regency for duplicates (admin, officer). */
  scans: boolean;
  /** Sees and acts only on the imports they uploaded themselves (assistants). */
  ownImportsOnly: boolean;
}

/** The role's access to imports and duplicates; superadmins act as admins. */
export function useImportAccess(): ImportAccess {
  const { tenant, isSuperadmin } = useSession();
  const role = isSuperadmin ? 'admin' : tenant?.role;
  const writes = role === 'admin' || role === 'officer' || role === 'assistant';
  return {
    sees: writes || role === 'head',
    writes,
    scans: role === 'admin' || role === 'officer',
    ownImportsOnly: role === 'assistant',
  };
}
