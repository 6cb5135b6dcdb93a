import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../api/client';
import type { RecapReport } from '../../api/types';

/** The yearly recap per kecamatan. */
export function useRecap(kw: string, year: number) {
  return useQuery({
    queryKey: ['recap', kw, year],
    queryFn: ({ signal }) => api<RecapReport>(`/tenants/${kw}/recap`, { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Link to the .xlsx or PDF file of the recap, in the user's language. */
export function recapFileUrl(kw: string, kind: 'xlsx' | 'pdf', year: number, lang: string): string {
  return apiUrl(`/tenants/${kw}/recap.${kind}`, { year, lang });
}
