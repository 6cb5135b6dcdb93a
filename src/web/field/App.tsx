import { lazy, Suspense, useEffect } from 'react';
import { PageHeading } from '../portal/components/PageHeading';
import { BottomNav } from './components/BottomNav';
import { ErrorBoundary } from './components/ErrorBoundary';
import { FlashNotice } from './components/FlashNotice';
import { ShellActions } from './components/ShellActions';
import { SyncBar } from './components/SyncBar';
import { useT } from './i18n';
import { screenHref } from './lib/route';
import { go, Link, useScreen } from './router';
import LoginScreen from './screens/LoginScreen';
import WorklistScreen from './screens/WorklistScreen';
import { useField } from './state';

// The worklist and login ship with the app (the usual first screens); the others are their own small
// chunks. All are precached by the service worker, so they open offline like the rest.
const CheckinScreen = lazy(() => import('./screens/CheckinScreen'));
const SearchScreen = lazy(() => import('./screens/SearchScreen'));
const OutboxScreen = lazy(() => import('./screens/OutboxScreen'));

function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

function NotFound() {
  const { t } = useT();
  return (
    <section>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Link className="btn btn-primary" to={{ name: 'worklist', tab: 'due' }}>
        {t('notFound.back')}
      </Link>
    </section>
  );
}

/** The field app: the current screen, with the sync bar and language switch in the static header. */
export function FieldApp() {
  const screen = useScreen();
  const { state } = useField();
  const signedIn = state.me !== null;
  // Signed out, every address shows "Masuk"; signed in, "Masuk" is the worklist.
  useEffect(() => {
    if (!state.ready) return;
    if (!signedIn && screen.name !== 'login') go({ name: 'login' }, { replace: true });
    if (signedIn && screen.name === 'login') go({ name: 'worklist', tab: 'due' }, { replace: true });
  }, [state.ready, signedIn, screen.name]);

  let page;
  if (!state.ready) page = <Loading />;
  else if (!signedIn) page = <LoginScreen />;
  else if (screen.name === 'worklist' || screen.name === 'login') page = <WorklistScreen tab={screen.name === 'worklist' ? screen.tab : 'due'} />;
  else if (screen.name === 'checkin') page = <CheckinScreen key={screen.businessId} businessId={screen.businessId} taskId={screen.taskId} redoId={screen.redoId} />;
  else if (screen.name === 'search') page = <SearchScreen q={screen.q} />;
  else if (screen.name === 'outbox') page = <OutboxScreen />;
  else page = <NotFound />;

  return (
    <>
      <ShellActions />
      <SyncBar />
      <FlashNotice />
      <ErrorBoundary resetKey={screenHref(screen)}>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </ErrorBoundary>
      {signedIn && <BottomNav />}
    </>
  );
}
