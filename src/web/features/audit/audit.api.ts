import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditPage } from '../../api/types';

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  page: number;
  pageSize: number;
}

/** A page of the audit trail (whole regency for admins, one business for anyone who may read it). */
export function useAudit(kw: string, query: AuditQuery, enabled = true) {
  return useQuery({
    queryKey: ['audit', kw, query],
    queryFn: ({ signal }) => api<AuditPage>(`/tenants/${kw}/audit`, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
