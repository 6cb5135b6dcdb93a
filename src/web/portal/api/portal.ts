import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { meKey } from './session';
import type {
  LinkResult, Me, MyApplication, MyApplications, NewBusiness, OpenProgrammeList, PortalMe, RegencyList, Regions, SignupStarted,
} from './types';

/** Everything an owner does after signing in, under /api/tenants/:kw/portal. */
const base = (kw: string) => `/tenants/${kw}/portal`;
export const portalKeys = {
  me: (kw: string) => ['portal', kw, 'me'] as const,
  programmes: (kw: string) => ['portal', kw, 'programmes'] as const,
  applications: (kw: string) => ['portal', kw, 'applications'] as const,
};

/** Regencies that take sign-ups (public). */
export function useRegencies() {
  return useQuery({ queryKey: ['portal', 'regencies'], queryFn: ({ signal }) => api<RegencyList>('/portal/regencies', { signal }), staleTime: 10 * 60_000 });
}

/** Starts a sign-up: the server texts a 6-digit code. */
export function useSignup() {
  return useMutation({
    mutationFn: (body: { kodeWilayah: string; phone: string; fullName: string; password: string }) =>
      api<SignupStarted>('/portal/signup', { method: 'POST', body }),
  });
}

/** Confirms the code; the server signs the new owner in (cookie), so the session is re-read. */
export function useVerifySignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { kodeWilayah: string; signupId: string; code: string }) =>
      api<PortalMe>('/portal/signup/verify', { method: 'POST', body }),
    onSuccess: async (me, body) => {
      queryClient.setQueryData(portalKeys.me(body.kodeWilayah), me);
      // The welcome page cached "nobody" a moment ago: replace it with the new account before moving on.
      queryClient.setQueryData(meKey, await api<Me>('/auth/me'));
    },
  });
}

/** The owner's account, link state, businesses and claims. */
export function usePortalMe(kw: string) {
  return useQuery({ queryKey: portalKeys.me(kw), queryFn: ({ signal }) => api<PortalMe>(`${base(kw)}/me`, { signal }) });
}

/** A mutation whose reply is the new portal "me" (link, new business, needs). */
function useMeMutation<B, R>(kw: string, path: string, pick: (reply: R) => PortalMe) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api<R>(`${base(kw)}${path}`, { method: 'POST', body }),
    onSuccess: (reply) => {
      queryClient.setQueryData(portalKeys.me(kw), pick(reply));
      // Needs and links change which programmes match and whether the owner may apply.
      void queryClient.invalidateQueries({ queryKey: portalKeys.programmes(kw) });
    },
  });
}

/** Links the account to the registry by NIK. */
export const useLink = (kw: string) => useMeMutation<{ nik: string }, LinkResult>(kw, '/link', (r) => r.me);
/** Registers a business not in the registry yet (a claim the office verifies). */
export const useNewBusiness = (kw: string) => useMeMutation<NewBusiness, PortalMe>(kw, '/businesses', (r) => r);
/** States a business's needs. */
export const useSaveNeeds = (kw: string) =>
  useMeMutation<{ businessId: string; needs: string[]; note?: string | null }, PortalMe>(kw, '/needs', (r) => r);

/** The kecamatan and desa lists of the owner's regency. */
export function useRegions(kw: string) {
  return useQuery({ queryKey: ['regions', kw], queryFn: ({ signal }) => api<Regions>(`/tenants/${kw}/regions`, { signal }), staleTime: 60 * 60_000 });
}

/** Open programmes with seats left and whether they match a stated need. */
export function useOpenProgrammes(kw: string) {
  return useQuery({ queryKey: portalKeys.programmes(kw), queryFn: ({ signal }) => api<OpenProgrammeList>(`${base(kw)}/programmes`, { signal }) });
}

/** The owner's applications, newest state from the server each time the page opens. */
export function useApplications(kw: string) {
  return useQuery({
    queryKey: portalKeys.applications(kw),
    queryFn: ({ signal }) => api<MyApplications>(`${base(kw)}/applications`, { signal }),
    staleTime: 0,
  });
}

/** Applies with a business for a batch; the reply says applied or waitlisted. */
export function useApply(kw: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { batchId: string; businessId: string }) => api<MyApplication>(`${base(kw)}/applications`, { method: 'POST', body }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: portalKeys.programmes(kw) });
      void queryClient.invalidateQueries({ queryKey: portalKeys.applications(kw) });
    },
  });
}

/** Withdraws an application. */
export function useWithdraw(kw: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<MyApplication>(`${base(kw)}/applications/${id}/withdraw`, { method: 'POST' }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: portalKeys.applications(kw) });
      void queryClient.invalidateQueries({ queryKey: portalKeys.programmes(kw) });
    },
  });
}

/** Where the check-in QR image and the certificate PDF of an application live. */
export const qrUrl = (kw: string, applicationId: string) => `/api${base(kw)}/applications/${applicationId}/qr.svg`;
export const certificateUrl = (kw: string, certificateId: string, lang: string) =>
  `/api/tenants/${kw}/certificates/${certificateId}.pdf?lang=${lang === 'en' ? 'en' : 'id'}`;
