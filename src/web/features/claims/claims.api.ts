import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { ClaimDecision, ClaimList, ClaimStatus, ClaimView } from '../../api/types';

/** Owners' claims from the portal with a status (pending first to verify). */
export function useClaims(kw: string, status: ClaimStatus) {
  return useQuery({
    queryKey: ['owner-claims', kw, status],
    queryFn: ({ signal }) => api<ClaimList>(`/tenants/${kw}/owner-claims`, { query: { status }, signal }),
  });
}

/** Approves (links the owner, or creates the business) or rejects with a reason; the lists reload either way on 404/409. */
export function useDecideClaim(kw: string) {
  const queryClient = useQueryClient();
  const reload = () => {
    for (const key of ['owner-claims', 'businesses', 'audit']) void queryClient.invalidateQueries({ queryKey: [key, kw] });
  };
  return useMutation({
    mutationFn: ({ claimId, body }: { claimId: string; body: ClaimDecision }) =>
      api<ClaimView>(`/tenants/${kw}/owner-claims/${claimId}/decision`, { method: 'POST', body }),
    onSuccess: reload,
    onError: (e) => {
      if (isApiError(e, 404, 409)) reload();
    },
  });
}
