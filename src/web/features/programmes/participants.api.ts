import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { CompletionResult, DecisionInput, NominationInput, ParticipantList, ParticipantView, SearchResult } from '../../api/types';
import { useProgrammeChanged } from './programmes.api';

/** Query key of a batch's screened participants. */
export const participantsKey = (kw: string, batchId: string) => ['participants', kw, batchId] as const;

/** Participants and programme counts move together: reload both. */
function useParticipantsChanged(kw: string) {
  const queryClient = useQueryClient();
  const programmeChanged = useProgrammeChanged(kw);
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['participants', kw] });
    void queryClient.invalidateQueries({ queryKey: ['programme', kw] });
    void queryClient.invalidateQueries({ queryKey: ['attendance', kw] });
    programmeChanged();
  };
}

/** The screened candidates of a batch, rank 1 first, with capacity and the number accepted. */
export function useParticipants(kw: string, batchId: string, enabled = true) {
  return useQuery({
    queryKey: participantsKey(kw, batchId),
    queryFn: ({ signal }) => api<ParticipantList>(`/tenants/${kw}/batches/${batchId}/participants`, { signal }),
    enabled,
  });
}

/** Nominates a registry business to a batch, with its source (409 errors.programme.alreadyApplied). */
export function useNominate(kw: string, batchId: string) {
  const changed = useParticipantsChanged(kw);
  return useMutation({
    mutationFn: (body: NominationInput) => api<ParticipantView>(`/tenants/${kw}/batches/${batchId}/participants`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/**
 * Accept / waitlist / reject / withdraw at the version shown. The server refuses an ineligible accept
 * without a reason (422 overrideRequired) and an accept into a full batch (409 batchFull); any 409 or 404
 * reloads the list, which may have changed under the user.
 */
export function useDecideParticipant(kw: string) {
  const changed = useParticipantsChanged(kw);
  return useMutation({
    mutationFn: ({ participantId, body }: { participantId: string; body: DecisionInput }) =>
      api<ParticipantView>(`/tenants/${kw}/participants/${participantId}/decision`, { method: 'POST', body }),
    onSuccess: changed,
    onError: (e) => {
      if (isApiError(e, 404, 409)) changed();
    },
  });
}

/** Completes a batch: completed / not completed by attendance, certificates issued. */
export function useCompleteBatch(kw: string, batchId: string) {
  const changed = useParticipantsChanged(kw);
  return useMutation({
    mutationFn: () => api<CompletionResult>(`/tenants/${kw}/batches/${batchId}/complete`, { method: 'POST' }),
    onSuccess: changed,
  });
}

/** Registry search for nominations (name, owner, NIK, NIB or phone); waits for two characters. */
export function useBusinessLookup(kw: string, q: string) {
  return useQuery({
    queryKey: ['businesses', kw, { q, page: 1, pageSize: 10 }],
    queryFn: ({ signal }) => api<SearchResult>(`/tenants/${kw}/businesses`, { query: { q, page: 1, pageSize: 10 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The address of a certificate PDF in the user's language. */
export const certificateUrl = (kw: string, certificateId: string, lang: string) =>
  `/api/tenants/${kw}/certificates/${certificateId}.pdf?lang=${lang === 'en' ? 'en' : 'id'}`;

/** Revokes a certificate with a reason; the public check then says "dicabut". */
export function useRevokeCertificate(kw: string) {
  const changed = useParticipantsChanged(kw);
  return useMutation({
    mutationFn: ({ certificateId, reason }: { certificateId: string; reason: string }) =>
      api<void>(`/tenants/${kw}/certificates/${certificateId}/revoke`, { method: 'POST', body: { reason } }),
    onSuccess: changed,
    onError: (e) => {
      if (isApiError(e, 404, 409)) changed();
    },
  });
}
