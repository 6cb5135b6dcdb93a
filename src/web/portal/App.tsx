import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from './components/Loading';
import { OwnerArea } from './components/OwnerArea';
import { ShellActions } from './components/ShellActions';
import { findRoute } from './lib/routes';
import { NotFoundPage } from './pages/NotFoundPage';
import VerifyPage from './pages/VerifyPage';
import { WelcomePage } from './pages/WelcomePage';
import { ParamsProvider, useLocation } from './router';

// One small chunk per screen: a phone downloads only the screen it opens. The two public landing
// screens are in the app chunk itself, so they need no second round trip: the welcome page (the usual
// first screen) and the certificate check (opened by anyone scanning the QR on a certificate).
const SignupPage = lazy(() => import('./pages/SignupPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const ProgrammesPage = lazy(() => import('./pages/ProgrammesPage'));
const StatusPage = lazy(() => import('./pages/StatusPage'));
// The owner's self-report link (issue 5): its texts, styles and the plausibility rules come with it.
const SelfReportPage = lazy(() => import('./pages/SelfReportPage'));

interface PortalRoute {
  path: string;
  page: ComponentType;
  /** Only for a signed-in owner: inside <OwnerArea> (sign-in check, bottom navigation). */
  owner?: boolean;
}

/** The portal's screens, under /portal. */
export const ROUTES: readonly PortalRoute[] = [
  { path: '/', page: WelcomePage },
  { path: '/daftar', page: SignupPage },
  { path: '/masuk', page: LoginPage },
  { path: '/verifikasi/:kw/:code', page: VerifyPage },
  { path: '/lapor/:token', page: SelfReportPage },
  { path: '/beranda', page: HomePage, owner: true },
  { path: '/program', page: ProgrammesPage, owner: true },
  { path: '/status', page: StatusPage, owner: true },
];

/** The owner portal: the screen of the current address, plus the language switch in the static header. */
export function PortalApp() {
  const { path } = useLocation();
  const found = findRoute(ROUTES, path);
  const Page = found?.route.page ?? NotFoundPage;
  // The key makes each screen start fresh (its own state, focus on its heading).
  const screen = <Page key={found?.route.path ?? '*'} />;
  return (
    <>
      <ShellActions />
      <Suspense fallback={<Loading />}>
        <ParamsProvider value={found?.params ?? {}}>{found?.route.owner ? <OwnerArea>{screen}</OwnerArea> : screen}</ParamsProvider>
      </Suspense>
    </>
  );
}
