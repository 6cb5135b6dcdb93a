import { Alert, AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure, useNetwork } from '@mantine/hooks';
import { IconWifiOff } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { useSession } from '../auth/session';
import { HeaderBar } from './HeaderBar';
import { NavMenu } from './NavMenu';
import { TenantSwitch } from './TenantSwitch';

/**
 * The signed-in frame: header, navigation (a drawer behind the burger on phones), the page.
 * Pages render only once an active regency is known.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const [passwordOpened, password] = useDisclosure(false);
  const { tenant, tenantsLoading, isSuperadmin } = useSession();
  const network = useNetwork();
  const location = useLocation();
  const pathname = location.pathname;
  // The phone drawer closes after every navigation (menu item, tenant switch, links).
  useEffect(() => {
    nav.close();
  }, [location.key]); // eslint-disable-line react-hooks/exhaustive-deps -- location.key is the trigger (every navigation), nav's handlers are stable

  let content = (
    <Suspense fallback={<PageLoader />}>
      <Outlet />
    </Suspense>
  );
  if (!tenant) {
    // A superadmin without any tenant yet may still open /tenants to add the first one.
    if (tenantsLoading) content = <PageLoader />;
    else if (!isSuperadmin || !pathname.startsWith('/tenants')) {
      content = (
        <Alert color="orange" role="alert" data-testid="no-tenant">
          {t('nav.noTenant')}
        </Alert>
      );
    }
  }

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <HeaderBar navOpened={navOpened} onToggleNav={nav.toggle} onChangePassword={password.open} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="app-navbar" aria-label={t('nav.menu')}>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={t('nav.menu')}>
            <NavMenu onNavigate={nav.close} />
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <TenantSwitch />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {network.online === false && (
          <Alert color="orange" icon={<IconWifiOff aria-hidden />} mb="md" role="status">
            {t('app.offline')}
          </Alert>
        )}
        {content}
      </AppShell.Main>
      <ChangePasswordModal opened={passwordOpened} onClose={password.close} />
    </AppShell>
  );
}
