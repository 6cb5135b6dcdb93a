import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, apiUrl } from '../../api/client';
import type { CommitResult, DryRunResult, ImportList, ImportView, MappingInput } from '../../api/types';
import { meKey } from '../auth/auth.api';
import { longRequest } from './longRequest';

const importsKey = (kw: string) => ['imports', kw] as const;
const importKey = (kw: string, id: string) => ['imports', kw, id] as const;

/** The import history of the regency, newest first. */
export function useImports(kw: string) {
  return useQuery({
    queryKey: importsKey(kw),
    queryFn: ({ signal }) => api<ImportList>(`/tenants/${kw}/imports`, { signal }),
  });
}

/** One import with its columns, proposed mapping and last summary. */
export function useImport(kw: string, id: string | undefined) {
  return useQuery({
    queryKey: importKey(kw, id ?? ''),
    queryFn: ({ signal }) => api<ImportView>(`/tenants/${kw}/imports/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Sends the file's bytes as they are, with its name and the source label in the query. */
export function uploadImport(kw: string, file: File, label: string): Promise<ImportView> {
  return longRequest<ImportView>(`/tenants/${kw}/imports`, { query: { fileName: file.name, label }, raw: file });
}

/** Uploads a spreadsheet; a 401 re-checks the session (which sends the user to the login page). */
export function useUploadImport(kw: string) {
  const queryClient = useQueryClient();
  const recheckSession = useRecheckSession();
  return useMutation({
    mutationFn: ({ file, label }: { file: File; label: string }) => uploadImport(kw, file, label),
    onSuccess: (view) => {
      queryClient.setQueryData(importKey(kw, view.id), view);
      void queryClient.invalidateQueries({ queryKey: importsKey(kw), exact: true });
    },
    onError: recheckSession,
  });
}

/** After a 401 from a long call: asks who is signed in, which sends an ended session to the login page. */
export function useRecheckSession() {
  const queryClient = useQueryClient();
  return (e: unknown) => {
    if (e instanceof ApiError && e.status === 401) void queryClient.invalidateQueries({ queryKey: meKey });
  };
}

/** Saves the column mapping, then runs the dry run (nothing is stored but the mapping). */
export function useCheckImport(kw: string, id: string) {
  const queryClient = useQueryClient();
  const recheckSession = useRecheckSession();
  return useMutation({
    mutationFn: async (mapping: MappingInput) => {
      await api<ImportView>(`/tenants/${kw}/imports/${id}/mapping`, { method: 'PUT', body: mapping });
      return longRequest<DryRunResult>(`/tenants/${kw}/imports/${id}/dry-run`);
    },
    onSuccess: (result) => {
      queryClient.setQueryData(importKey(kw, id), result.import);
      void queryClient.invalidateQueries({ queryKey: importsKey(kw), exact: true });
    },
    onError: recheckSession,
  });
}

/** Stores the valid rows in one transaction; committing the same import twice does nothing the second time. */
export function useCommitImport(kw: string, id: string) {
  const queryClient = useQueryClient();
  const recheckSession = useRecheckSession();
  return useMutation({
    mutationFn: () => longRequest<CommitResult>(`/tenants/${kw}/imports/${id}/commit`),
    onSuccess: (result) => {
      queryClient.setQueryData(importKey(kw, id), result.import);
      void queryClient.invalidateQueries({ queryKey: importsKey(kw), exact: true });
      for (const key of ['businesses', 'recap', 'audit', 'duplicates', 'merges']) void queryClient.invalidateQueries({ queryKey: [key, kw] });
    },
    onError: recheckSession,
  });
}

/** The downloadable CSV of every problem of the last check, in the user's language. */
export function reportUrl(kw: string, id: string, lang: string): string {
  return apiUrl(`/tenants/${kw}/imports/${id}/report.csv`, { lang: lang === 'en' ? 'en' : 'id' });
}
