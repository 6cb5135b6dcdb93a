import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BatchInput, ProgrammeInput, ProgrammeList, ProgrammeStatus, ProgrammeUpdate, ProgrammeView, SessionInput } from '../../api/types';

/** Query key of one programme. */
export const programmeKey = (kw: string, id: string) => ['programme', kw, id] as const;

/** After any change to a programme: its lists, the report and the audit trail are stale too. */
export function useProgrammeChanged(kw: string) {
  const queryClient = useQueryClient();
  return (view?: ProgrammeView) => {
    for (const key of ['programmes', 'programme-report', 'audit']) void queryClient.invalidateQueries({ queryKey: [key, kw] });
    if (view) queryClient.setQueryData(programmeKey(kw, view.id), view);
  };
}

/** The programmes of a year (all statuses unless one is given). */
export function useProgrammes(kw: string, year: number, status?: ProgrammeStatus) {
  return useQuery({
    queryKey: ['programmes', kw, year, status ?? null],
    queryFn: ({ signal }) => api<ProgrammeList>(`/tenants/${kw}/programmes`, { query: { year, status }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One programme with its batches and their sessions; `fresh` refetches even if cached (forms). */
export function useProgramme(kw: string, id: string | undefined, fresh = false) {
  return useQuery({
    queryKey: programmeKey(kw, id ?? ''),
    queryFn: ({ signal }) => api<ProgrammeView>(`/tenants/${kw}/programmes/${id}`, { signal }),
    enabled: Boolean(id),
    refetchOnMount: fresh ? 'always' : true,
  });
}

/** Fetches the latest version of a programme, bypassing the cache (after a 409). */
export function fetchLatestProgramme(queryClient: ReturnType<typeof useQueryClient>, kw: string, id: string) {
  return queryClient.fetchQuery({
    queryKey: programmeKey(kw, id),
    queryFn: ({ signal }) => api<ProgrammeView>(`/tenants/${kw}/programmes/${id}`, { signal }),
    staleTime: 0,
  });
}

/** Creates a programme. */
export function useCreateProgramme(kw: string) {
  const changed = useProgrammeChanged(kw);
  return useMutation({
    mutationFn: (body: ProgrammeInput) => api<ProgrammeView>(`/tenants/${kw}/programmes`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** Saves a programme at the version the user started from (409 errors.conflict.version when outdated). */
export function useUpdateProgramme(kw: string, id: string) {
  const changed = useProgrammeChanged(kw);
  return useMutation({
    mutationFn: (body: ProgrammeUpdate) => api<ProgrammeView>(`/tenants/${kw}/programmes/${id}`, { method: 'PUT', body }),
    onSuccess: changed,
  });
}

/** Adds a batch (with its first sessions) to a programme. */
export function useCreateBatch(kw: string, programmeId: string) {
  const changed = useProgrammeChanged(kw);
  return useMutation({
    mutationFn: (body: BatchInput) => api<ProgrammeView>(`/tenants/${kw}/programmes/${programmeId}/batches`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** Changes a batch's name, venue, capacity, trainers and dates (its sessions are edited one by one). */
export function useUpdateBatch(kw: string) {
  const changed = useProgrammeChanged(kw);
  return useMutation({
    mutationFn: ({ batchId, body }: { batchId: string; body: BatchInput }) => api<ProgrammeView>(`/tenants/${kw}/batches/${batchId}`, { method: 'PUT', body }),
    onSuccess: changed,
  });
}

/** Adds one session to a batch. */
export function useAddSession(kw: string) {
  const changed = useProgrammeChanged(kw);
  return useMutation({
    mutationFn: ({ batchId, body }: { batchId: string; body: SessionInput }) =>
      api<ProgrammeView>(`/tenants/${kw}/batches/${batchId}/sessions`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** Removes a session (refused with 409 once anyone was checked in). */
export function useDeleteSession(kw: string) {
  const changed = useProgrammeChanged(kw);
  return useMutation({
    mutationFn: (sessionId: string) => api<ProgrammeView>(`/tenants/${kw}/sessions/${sessionId}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}
