import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Tenant } from '../../api/types';

/** Adds a regency as a tenant (superadmin); the server names it from the official region list. */
export function useAddTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kodeWilayah: string) => api<Tenant>('/tenants', { method: 'POST', body: { kodeWilayah } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tenants'] }),
  });
}
