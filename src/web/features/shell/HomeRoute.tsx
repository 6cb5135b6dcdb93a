import { useEffect } from 'react';
import { PageLoader } from '../../components/PageLoader';
import { useSession } from '../auth/session';
import { RegistryPage } from '../registry/RegistryPage';
import { PartnerHome } from './PartnerHome';

/** Where business owners work: the owner portal, a separate app. */
export const OWNER_PORTAL_HOME = '/portal/beranda';

/**
 * The start page (/): the registry, or for roles without registry access (partners) their own home.
 * Business owners are sent on to the owner portal (a separate app under /portal).
 */
export function HomeRoute() {
  const { readsRegistry, tenant } = useSession();
  const isOwner = tenant?.role === 'owner';
  useEffect(() => {
    if (isOwner) window.location.replace(OWNER_PORTAL_HOME);
  }, [isOwner]);
  if (isOwner) return <PageLoader />;
  return readsRegistry ? <RegistryPage /> : <PartnerHome />;
}
