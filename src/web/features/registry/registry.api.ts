import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BusinessDetail, CreateBusinessBody, Regions, SearchResult, UpdateBusinessBody } from '../../api/types';

/** The regency's kecamatan and desa (rarely change: cached for the session). */
export function useRegions(kw: string) {
  return useQuery({
    queryKey: ['regions', kw],
    queryFn: ({ signal }) => api<Regions>(`/tenants/${kw}/regions`, { signal }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Search parameters of the registry list, as sent to the server. */
export interface SearchParams {
  q?: string;
  kecamatan?: string;
  desa?: string;
  scale?: string;
  sector?: string;
  status?: string;
  legality?: string;
  page: number;
  pageSize: number;
}

/** One page of the registry; the previous page stays on screen while the next loads. */
export function useBusinessSearch(kw: string, params: SearchParams) {
  return useQuery({
    queryKey: ['businesses', kw, params],
    queryFn: ({ signal }) => api<SearchResult>(`/tenants/${kw}/businesses`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export const businessKey = (kw: string, id: string) => ['business', kw, id] as const;

/** One business with owner, licences and metric history; `fresh` refetches even if cached. */
export function useBusiness(kw: string, id: string | undefined, fresh = false) {
  return useQuery({
    queryKey: businessKey(kw, id ?? ''),
    queryFn: ({ signal }) => api<BusinessDetail>(`/tenants/${kw}/businesses/${id}`, { signal }),
    enabled: Boolean(id),
    refetchOnMount: fresh ? 'always' : true,
  });
}

/** Fetches the latest version of a business, bypassing the cache (after a 409). */
export function fetchLatestBusiness(queryClient: ReturnType<typeof useQueryClient>, kw: string, id: string) {
  return queryClient.fetchQuery({
    queryKey: businessKey(kw, id),
    queryFn: ({ signal }) => api<BusinessDetail>(`/tenants/${kw}/businesses/${id}`, { signal }),
    staleTime: 0,
  });
}

function useInvalidateRegistry(kw: string) {
  const queryClient = useQueryClient();
  return (detail?: BusinessDetail) => {
    void queryClient.invalidateQueries({ queryKey: ['businesses', kw] });
    void queryClient.invalidateQueries({ queryKey: ['audit', kw] });
    void queryClient.invalidateQueries({ queryKey: ['recap', kw] });
    if (detail) queryClient.setQueryData(businessKey(kw, detail.id), detail);
  };
}

/** Creates a business with a new owner. */
export function useCreateBusiness(kw: string) {
  const invalidate = useInvalidateRegistry(kw);
  return useMutation({
    mutationFn: (body: CreateBusinessBody) => api<BusinessDetail>(`/tenants/${kw}/businesses`, { method: 'POST', body }),
    onSuccess: (detail) => invalidate(detail),
  });
}

/** Saves changes; the body carries the version the user started from (409 when outdated). */
export function useUpdateBusiness(kw: string, id: string) {
  const invalidate = useInvalidateRegistry(kw);
  return useMutation({
    mutationFn: (body: UpdateBusinessBody) => api<BusinessDetail>(`/tenants/${kw}/businesses/${id}`, { method: 'PUT', body }),
    onSuccess: (detail) => invalidate(detail),
  });
}

/** Deletes a business at the version the user saw. */
export function useDeleteBusiness(kw: string) {
  const invalidate = useInvalidateRegistry(kw);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<void>(`/tenants/${kw}/businesses/${id}`, { method: 'DELETE', query: { version } }),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: businessKey(kw, id) });
      invalidate();
    },
  });
}
