import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { Me } from './types';

/** Query key of the signed-in account; `null` data means "not signed in". */
export const meKey = ['auth', 'me'] as const;

/** Who is signed in (null when nobody): 401 is an answer here, not an error. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }) => {
      try {
        return await api<Me>('/auth/me', { allow401: true, signal });
      } catch (e) {
        if (isApiError(e, 401)) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** The regency code of the owner's account, or null for staff accounts and nobody. */
export function ownerRegency(me: Me | null | undefined): string | null {
  return me?.memberships.find((m) => m.role === 'owner')?.kodeWilayah ?? null;
}

/** Logs in with the phone as the user name; the session is known at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api<Me>('/auth/login', { method: 'POST', body, allow401: true }),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, me);
    },
  });
}

/** Logs out and forgets every cached answer (phones are often shared). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/logout', { method: 'POST', allow401: true }),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}
