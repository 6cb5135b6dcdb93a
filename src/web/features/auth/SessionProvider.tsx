import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import i18n from '../../i18n';
import { api } from '../../api/client';
import type { Me, Tenant } from '../../api/types';
import { STORAGE_KEYS, storage } from '../../lib/storage';
import { roleCanWrite, roleReadsRegistry, roleSeesRecap, SessionContext, type ActiveTenant, type Session } from './session';

/** All tenants (superadmins work in every regency, as admins). */
export function useTenantsQuery(enabled = true) {
  return useQuery({
    queryKey: ['tenants'],
    queryFn: ({ signal }) => api<Tenant[]>('/tenants', { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/**
 * Provides the session: the user, their tenants (memberships, plus every tenant for a superadmin)
 * and the active tenant, remembered on this device.
 */
export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const isSuperadmin = me.user.isSuperadmin;
  const allTenants = useTenantsQuery(isSuperadmin);
  const [chosen, setChosen] = useState<string | null>(() => storage.get(STORAGE_KEYS.tenant));

  const tenants = useMemo<ActiveTenant[]>(() => {
    const list: ActiveTenant[] = me.memberships.map((m) => ({
      kodeWilayah: m.kodeWilayah,
      name: m.tenantName,
      isDemo: m.isDemo,
      role: m.role,
      kecamatanCodes: m.kecamatanCodes,
    }));
    if (isSuperadmin) {
      for (const t of allTenants.data ?? []) {
        if (!list.some((m) => m.kodeWilayah === t.kodeWilayah)) {
          list.push({ kodeWilayah: t.kodeWilayah, name: t.name, isDemo: t.isDemo, role: 'admin', kecamatanCodes: [] });
        }
      }
    }
    return list;
  }, [me, isSuperadmin, allTenants.data]);

  // No language chosen on this device yet: follow the user's profile language.
  useEffect(() => {
    const locale = me.user.locale.slice(0, 2);
    if (!storage.get(STORAGE_KEYS.language) && (locale === 'id' || locale === 'en') && i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [me.user.locale]);

  const setTenant = useCallback((kodeWilayah: string) => {
    storage.set(STORAGE_KEYS.tenant, kodeWilayah);
    setChosen(kodeWilayah);
  }, []);

  const session = useMemo<Session>(() => {
    const tenant = tenants.find((t) => t.kodeWilayah === chosen) ?? tenants[0] ?? null;
    return {
      me,
      tenants,
      tenant,
      setTenant,
      isSuperadmin,
      tenantsLoading: isSuperadmin && allTenants.isPending,
      canWrite: tenant ? roleCanWrite(tenant.role) : false,
      isAdmin: isSuperadmin || tenant?.role === 'admin',
      readsRegistry: tenant ? roleReadsRegistry(tenant.role) : false,
      seesRecap: tenant ? roleSeesRecap(tenant.role) : false,
    };
  }, [me, tenants, chosen, setTenant, isSuperadmin, allTenants.isPending]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
