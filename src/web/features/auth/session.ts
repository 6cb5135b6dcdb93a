import { createContext, useContext } from 'react';
import type { Me, Role } from '../../api/types';

/** A regency the user works in, with their role there. */
export interface ActiveTenant {
  kodeWilayah: string;
  name: string;
  isDemo: boolean;
  role: Role;
  kecamatanCodes: string[];
}

/** The signed-in user and the regency they are working in. */
export interface Session {
  me: Me;
  tenants: ActiveTenant[];
  /** Null only while a superadmin's tenant list loads or when the user has no tenant at all. */
  tenant: ActiveTenant | null;
  setTenant: (kodeWilayah: string) => void;
  isSuperadmin: boolean;
  /** True while a superadmin's tenant list is still loading. */
  tenantsLoading: boolean;
  /** May add businesses in the active tenant (admin, officer, assistant); the server still decides. */
  canWrite: boolean;
  /** May browse the whole audit trail and change the office settings of the active tenant. */
  isAdmin: boolean;
  /** May open the registry of the active tenant (everyone but partners); the server still decides. */
  readsRegistry: boolean;
  /** May open the recap of the active tenant (not partners, not business owners). */
  seesRecap: boolean;
}

export const SessionContext = createContext<Session | null>(null);

/** The current session; only inside the signed-in part of the app. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The active tenant's code; throws if none (pages render only when there is one). */
export function useTenantCode(): string {
  const { tenant } = useSession();
  if (!tenant) throw new Error('no active tenant');
  return tenant.kodeWilayah;
}

const WRITERS: Role[] = ['admin', 'officer', 'assistant'];

/** Whether a role may add businesses. */
export const roleCanWrite = (role: Role): boolean => WRITERS.includes(role);

/** Whether a role may read the registry at all (partners may not, yet). */
export const roleReadsRegistry = (role: Role): boolean => role !== 'partner';

/** Whether a role may open the per-kecamatan recap (owners see only their own businesses, partners nothing). */
export const roleSeesRecap = (role: Role): boolean => role !== 'partner' && role !== 'owner';
