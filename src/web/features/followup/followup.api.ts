import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { ProgrammeList } from '../../api/types';
import type {
  AlertList,
  CheckinAnswer,
  CheckinBody,
  CheckinList,
  OutcomesReply,
  ResolveBody,
  SelfReportLink,
  TaskState,
  Worklist,
} from './followup.types';

const base = (kw: string) => `/tenants/${kw}/followup`;

/** Worklist filters as sent to the server; state 'open' = upcoming, due and overdue. */
export interface WorklistFilter {
  kecamatan?: string;
  programmeId?: string;
  state: TaskState | 'open' | 'all';
}

/** The follow-up tasks matching the filters, with the counts per state. */
export function useWorklist(kw: string, filter: WorklistFilter) {
  return useQuery({
    queryKey: ['followup-worklist', kw, filter],
    queryFn: ({ signal }) => api<Worklist>(`${base(kw)}/worklist`, { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The check-ins of one business (newest first), or every unresolved conflict of the regency. */
export function useCheckins(kw: string, filter: { businessId: string } | { conflicts: true }, enabled = true) {
  const query = 'businessId' in filter ? { businessId: filter.businessId } : { conflicts: 'true' };
  return useQuery({
    queryKey: ['followup-checkins', kw, query],
    queryFn: ({ signal }) => api<CheckinList>(`${base(kw)}/checkins`, { query, signal }),
    enabled,
  });
}

/** Outcomes of a programme or a kecamatan as of a date; off until a scope is chosen. */
export function useOutcomes(kw: string, query: Record<string, string> | null) {
  return useQuery({
    queryKey: ['followup-outcomes', kw, query],
    queryFn: ({ signal }) => api<OutcomesReply>(`${base(kw)}/outcomes`, { query: query ?? {}, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** Overdue follow-ups, closures, sales drops beyond `dropPercent` and growing backlogs. */
export function useAlerts(kw: string, dropPercent: number) {
  return useQuery({
    queryKey: ['followup-alerts', kw, dropPercent],
    queryFn: ({ signal }) => api<AlertList>(`${base(kw)}/alerts`, { query: { dropPercent }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every programme of the regency, any year (for the programme pickers; the server caps the list at 500). */
export function useAllProgrammes(kw: string) {
  return useQuery({
    queryKey: ['programmes', kw, 'all'],
    queryFn: ({ signal }) => api<ProgrammeList>(`/tenants/${kw}/programmes`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** After a check-in or a resolution: worklists, histories, alerts, outcomes and the business itself are stale. */
function useFollowupChanged(kw: string) {
  const queryClient = useQueryClient();
  return (businessId?: string) => {
    for (const key of ['followup-worklist', 'followup-checkins', 'followup-alerts', 'followup-outcomes', 'businesses', 'audit']) {
      void queryClient.invalidateQueries({ queryKey: [key, kw] });
    }
    if (businessId) void queryClient.invalidateQueries({ queryKey: ['business', kw, businessId] });
  };
}

/** Records an office check-in. 200 answers stored/duplicate/conflict; 422 carries the plausibility findings. */
export function useSubmitCheckin(kw: string) {
  const changed = useFollowupChanged(kw);
  return useMutation({
    mutationFn: (body: CheckinBody) => api<CheckinAnswer>(`${base(kw)}/checkins`, { method: 'POST', body }),
    onSuccess: (answer, body) => {
      if (answer.result !== 'rejected') changed(body.businessId);
    },
  });
}

/** Resolves a conflicted check-in field by field (409 errors.conflict.version if the business moved again). */
export function useResolveConflict(kw: string) {
  const changed = useFollowupChanged(kw);
  return useMutation({
    mutationFn: ({ checkinId, body }: { checkinId: string; businessId: string; body: ResolveBody }) =>
      api<{ businessVersion: number }>(`${base(kw)}/checkins/${checkinId}/resolve`, { method: 'POST', body }),
    onSuccess: (_reply, { businessId }) => changed(businessId),
    // Someone else resolved it first: the lists must drop it.
    onError: (e, { businessId }) => {
      if (isApiError(e, 409) && e.messageKey === 'errors.followup.alreadyResolved') changed(businessId);
    },
  });
}

/** Makes (and sends to the owner, when a phone is known) a personal self-report link for a task. */
export function useSelfReportLink(kw: string) {
  return useMutation({
    mutationFn: (taskId: string) => api<SelfReportLink>(`${base(kw)}/tasks/${taskId}/self-report-link`, { method: 'POST' }),
  });
}

/** Address of a check-in's photo (served with the session cookie). */
export function photoUrl(kw: string, checkinId: string): string {
  return `/api${base(kw)}/checkins/${checkinId}/photo`;
}
