import { Outlet } from 'react-router-dom';
import { ErrorPage } from '../../components/ErrorPage';
import { PageLoader } from '../../components/PageLoader';
import { useSession } from '../auth/session';
import { useProgrammeAccess } from './access';

/**
 * Route guard of the programme pages: `write` for the forms and attendance (admin, officer), `claims`
 * for owner claims (admin, officer), else staff who see programmes (admin, officer, head, assistant).
 */
export function RequireProgrammeAccess({ write = false, claims = false }: { write?: boolean; claims?: boolean }) {
  const { tenantsLoading } = useSession();
  const access = useProgrammeAccess();
  if (tenantsLoading) return <PageLoader />;
  const allowed = claims ? access.verifiesClaims : write ? access.writes : access.sees;
  return allowed ? <Outlet /> : <ErrorPage kind="forbidden" />;
}
