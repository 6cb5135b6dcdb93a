import { Outlet } from 'react-router-dom';
import { ErrorPage } from '../../components/ErrorPage';
import { PageLoader } from '../../components/PageLoader';
import { useSession } from '../auth/session';
import { useImportAccess } from './access';

/**
 * Route guard of /imports (`write`: roles that may import) and /duplicates (staff of the regency: admin,
 * officer, assistant, head of office). Others get the forbidden page; the server refuses them too.
 */
export function RequireImportAccess({ write = false }: { write?: boolean }) {
  const { tenantsLoading } = useSession();
  const access = useImportAccess();
  if (tenantsLoading) return <PageLoader />;
  return (write ? access.writes : access.sees) ? <Outlet /> : <ErrorPage kind="forbidden" />;
}
