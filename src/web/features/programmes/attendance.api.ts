import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AttendanceList, CheckinResult, ProgrammeReport } from '../../api/types';

const attendanceKey = (kw: string, sessionId: string) => ['attendance', kw, sessionId] as const;

/** The accepted participants of a session's batch with their check-in state. */
export function useAttendance(kw: string, sessionId: string) {
  return useQuery({
    queryKey: attendanceKey(kw, sessionId),
    queryFn: ({ signal }) => api<AttendanceList>(`/tenants/${kw}/sessions/${sessionId}/attendance`, { signal }),
  });
}

/** Checks a participant in by the QR text they show ({token}) or by a tick on the list ({participantId}). */
export function useCheckin(kw: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string } | { participantId: string }) =>
      api<CheckinResult>(`/tenants/${kw}/sessions/${sessionId}/checkins`, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: attendanceKey(kw, sessionId) });
      void queryClient.invalidateQueries({ queryKey: ['programme', kw] });
      void queryClient.invalidateQueries({ queryKey: ['participants', kw] });
    },
  });
}

/** The programme report of a year. */
export function useProgrammeReport(kw: string, year: number) {
  return useQuery({
    queryKey: ['programme-report', kw, year],
    queryFn: ({ signal }) => api<ProgrammeReport>(`/tenants/${kw}/programme-report`, { query: { year }, signal }),
  });
}
