import { createContext, type ReactNode, useContext } from 'react';
import { createPortal } from 'react-dom';
import { ownerRegency, useLogout, useMe } from '../api/session';
import { Navigate, NavLink, useLocation, useNavigate } from '../router';
import { CheckIcon, HomeIcon, ListIcon, LogoutIcon } from './Icons';
import { LoadError, Loading } from './Loading';
import { Notice } from './Notice';
import { useT } from '../i18n';

const OwnerContext = createContext<string | null>(null);

/** The signed-in owner's regency code (kodeWilayah); only inside <OwnerArea>. */
export function useOwnerRegency(): string {
  const kw = useContext(OwnerContext);
  if (!kw) throw new Error('useOwnerRegency outside <OwnerArea>');
  return kw;
}

/**
 * The signed-in part of the portal: sends visitors to "Masuk" (and back afterwards), tells staff
 * accounts this is not their app, and adds the bottom navigation with "Keluar".
 */
export function OwnerArea({ children }: { children: ReactNode }) {
  const { t } = useT();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/masuk" replace state={{ from: location.path }} />;
  const kw = ownerRegency(me.data);
  if (!kw) {
    return (
      <Notice tone="info" title={t('login.notOwner')} testId="portal-not-owner">
        <a className="btn btn-secondary" href="/">
          {t('login.openStaffApp')}
        </a>
      </Notice>
    );
  }
  return (
    <OwnerContext.Provider value={kw}>
      {children}
      <BottomNav />
    </OwnerContext.Provider>
  );
}

function BottomNav() {
  const { t } = useT();
  const logout = useLogout();
  const navigate = useNavigate();
  // Rendered at the end of <body>, outside <main>: the menu is its own landmark, not page content.
  return createPortal(
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <NavLink to="/beranda" data-testid="nav-home">
        <HomeIcon />
        {t('nav.home')}
      </NavLink>
      <NavLink to="/program" data-testid="nav-programmes">
        <ListIcon />
        {t('nav.programmes')}
      </NavLink>
      <NavLink to="/status" data-testid="nav-status">
        <CheckIcon />
        {t('nav.status')}
      </NavLink>
      <button type="button" disabled={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/', { replace: true }) })} data-testid="nav-logout">
        <LogoutIcon />
        {t('nav.logout')}
      </button>
    </nav>,
    document.body,
  );
}
