import { Outlet } from 'react-router-dom';
import { ErrorPage } from '../../components/ErrorPage';
import { PageLoader } from '../../components/PageLoader';
import { useSession } from './session';

/**
 * Shows the forbidden page instead of a route the user's role cannot open (the server checks too):
 * `admin` (audit, settings), `superadmin` (tenants), `recap` (not partners or business owners).
 */
export function RequireRole({ admin, superadmin, recap }: { admin?: boolean; superadmin?: boolean; recap?: boolean }) {
  const session = useSession();
  if (session.tenantsLoading) return <PageLoader />;
  const allowed = (superadmin ? session.isSuperadmin : true) && (admin ? session.isAdmin : true) && (recap ? session.seesRecap : true);
  return allowed ? <Outlet /> : <ErrorPage kind="forbidden" />;
}
