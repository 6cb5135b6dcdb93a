import { useSession } from '../auth/session';
import { RegistryPage } from '../registry/RegistryPage';
import { PartnerHome } from './PartnerHome';

/** The start page (/): the registry, or for roles without registry access (partners) their own home. */
export function HomeRoute() {
  const { readsRegistry } = useSession();
  return readsRegistry ? <RegistryPage /> : <PartnerHome />;
}
