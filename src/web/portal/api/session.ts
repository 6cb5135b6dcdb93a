// The session is the same as the office app's (same API, same cache key): its hooks are shared, and
// only what the portal adds lives here. Tree-shaking keeps the office app's other auth hooks out.
import type { Me } from './types';

export { meKey, useLogin, useLogout, useMeQuery as useMe } from '../../features/auth/auth.api';

/** The regency code of the owner's account, or null for staff accounts and nobody. */
export function ownerRegency(me: Me | null | undefined): string | null {
  return me?.memberships.find((m) => m.role === 'owner')?.kodeWilayah ?? null;
}
