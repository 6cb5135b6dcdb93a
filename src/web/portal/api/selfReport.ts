import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, isApiError } from '../../api/client';
import { takeEarly } from '../lib/early';
import type { CheckinAnswer, SelfReportInput, SelfReportView } from './types';

/** The public self-report API of one personal link (no login: the signed token is the permission). */
export const selfReportPath = (token: string) => `/self-report/${encodeURIComponent(token)}`;

const selfReportKey = (token: string) => ['self-report', token] as const;

/** What opening a link can find: the form's data, or why it cannot be used (answers, not failures). */
export type SelfReportLink = { kind: 'open'; view: SelfReportView } | { kind: 'invalid' } | { kind: 'expired' };

/** 404 = forged or mangled, 403 = expired, 422 = not even token-shaped (cut off when copied). */
function refusal(status: number): SelfReportLink | null {
  if (status === 403) return { kind: 'expired' };
  if (status === 404 || status === 422) return { kind: 'invalid' };
  return null;
}

/** Loads the link's form data; uses the answer boot.ts asked for while the app was loading, if any. */
export function useSelfReport(token: string) {
  return useQuery({
    queryKey: selfReportKey(token),
    queryFn: async ({ signal }): Promise<SelfReportLink> => {
      const path = selfReportPath(token);
      const early = await takeEarly(path)?.catch(() => undefined);
      const earlyRefusal = early ? refusal(early.status) : null;
      if (earlyRefusal) return earlyRefusal;
      if (early?.ok) return { kind: 'open', view: (await early.json()) as SelfReportView };
      try {
        return { kind: 'open', view: await api<SelfReportView>(path, { allow401: true, signal }) };
      } catch (e) {
        const known = e instanceof ApiError ? refusal(e.status) : null;
        if (known) return known;
        throw e;
      }
    },
    // The link's state only changes by this page sending it.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Sends the report. The body's id makes a resend harmless (the server answers 'duplicate'), so a
 * reply lost to a weak signal is retried by itself, twice, before the owner is asked to tap again.
 */
export function useSendSelfReport(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfReportInput) => api<CheckinAnswer>(selfReportPath(token), { method: 'POST', body, allow401: true }),
    retry: (failures, error) => isApiError(error, 0) && failures < 2,
    retryDelay: (attempt) => 1500 * (attempt + 1),
    // The server judged against newer figures than the page holds (the office changed them meanwhile):
    // reload them, so the page's own checks and its "Terakhir tercatat" agree with the server's.
    onError: (error) => {
      if (isApiError(error, 422)) void queryClient.invalidateQueries({ queryKey: selfReportKey(token) });
    },
  });
}
