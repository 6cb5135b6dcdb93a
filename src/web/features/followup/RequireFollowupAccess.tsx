import { Outlet } from 'react-router-dom';
import { ErrorPage } from '../../components/ErrorPage';
import { PageLoader } from '../../components/PageLoader';
import { useSession } from '../auth/session';
import { useFollowupAccess } from './access';

/** Route guard of the follow-up pages: staff who see follow-up (admin, officer, head, assistant); not owners or partners. */
export function RequireFollowupAccess() {
  const { tenantsLoading } = useSession();
  const { sees } = useFollowupAccess();
  if (tenantsLoading) return <PageLoader />;
  return sees ? <Outlet /> : <ErrorPage kind="forbidden" />;
}
