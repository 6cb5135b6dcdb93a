import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OfficeSettings } from '../../api/types';

const settingsKey = (kw: string) => ['settings', kw] as const;

/** The office settings of a regency: letterhead and the scale rule for new classifications. */
export function useOfficeSettings(kw: string) {
  return useQuery({
    queryKey: settingsKey(kw),
    queryFn: ({ signal }) => api<OfficeSettings>(`/tenants/${kw}/settings`, { signal }),
  });
}

/** Saves the office settings (admins); the reply becomes the cached settings and the audit trail is refreshed. */
export function useSaveOfficeSettings(kw: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OfficeSettings) => api<OfficeSettings>(`/tenants/${kw}/settings`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey(kw), saved);
      void queryClient.invalidateQueries({ queryKey: ['audit', kw] });
    },
  });
}
