import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useMeQuery } from './auth.api';
import { SessionProvider } from './SessionProvider';

/** Guards the signed-in part of the app: unknown session → /login (and back here afterwards). */
export function RequireAuth() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError && me.data === undefined) {
    return (
      <Container size="sm" py="xl">
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return (
    <SessionProvider me={me.data}>
      <Outlet />
    </SessionProvider>
  );
}
