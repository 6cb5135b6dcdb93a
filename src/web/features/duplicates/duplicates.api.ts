import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { MergeList, MergeView, PairList, PairStatus, PairView, ScanResult } from '../../api/types';
import { useRecheckSession } from '../imports/imports.api';
import { longRequest } from '../imports/longRequest';

/** Decisions and merges change the registry, its counts and the audit trail as well. */
function useInvalidateAfterChange(kw: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const key of ['duplicates', 'merges', 'businesses', 'business', 'recap', 'audit']) void queryClient.invalidateQueries({ queryKey: [key, kw] });
  };
}

/** One page of candidate pairs with the given status (best score first, as the server orders them). */
export function usePairs(kw: string, status: PairStatus, page: number, pageSize = 10) {
  return useQuery({
    queryKey: ['duplicates', kw, status, page, pageSize],
    queryFn: ({ signal }) => api<PairList>(`/tenants/${kw}/duplicates`, { query: { status, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Looks for duplicates across the regency (officers and admins); may merge at once above the auto-merge threshold. */
export function useScan(kw: string) {
  const invalidate = useInvalidateAfterChange(kw);
  const recheckSession = useRecheckSession();
  return useMutation({
    mutationFn: () => longRequest<ScanResult>(`/tenants/${kw}/duplicates/scan`),
    onSuccess: invalidate,
    onError: recheckSession,
  });
}

/**
 * "Sama" (merge into `keep`) or "Bukan sama" (never proposed again). When someone else decided first
 * (409) or the pair is gone (404), the lists are reloaded too.
 */
export function useDecide(kw: string) {
  const invalidate = useInvalidateAfterChange(kw);
  return useMutation({
    mutationFn: ({ pairId, decision, keep }: { pairId: string; decision: 'same' | 'not_same'; keep?: string }) =>
      api<PairView>(`/tenants/${kw}/duplicates/${pairId}/decision`, { method: 'POST', body: { decision, ...(keep ? { keep } : {}) } }),
    onSuccess: invalidate,
    onError: (e) => {
      if (isApiError(e, 404, 409)) invalidate();
    },
  });
}

/** One page of the merge history, newest first. */
export function useMerges(kw: string, page: number, pageSize = MERGE_PAGE_SIZE) {
  return useQuery({
    queryKey: ['merges', kw, page, pageSize],
    queryFn: ({ signal }) => api<MergeList>(`/tenants/${kw}/merges`, { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Merges shown per page of the history. */
export const MERGE_PAGE_SIZE = 20;

/** Undoes a merge: the merged record comes back as it was and the pair returns to the open queue. */
export function useUndoMerge(kw: string) {
  const invalidate = useInvalidateAfterChange(kw);
  return useMutation({
    mutationFn: (mergeId: string) => api<MergeView>(`/tenants/${kw}/merges/${mergeId}/undo`, { method: 'POST' }),
    onSuccess: invalidate,
    onError: (e) => {
      if (isApiError(e, 404, 409)) invalidate();
    },
  });
}
