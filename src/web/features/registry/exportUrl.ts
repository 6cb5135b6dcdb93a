import { apiUrl } from '../../api/client';
import { type RegistryFilters, toSearchParams } from './useRegistryFilters';

/** Link to the registry export with the list's current search and filters (no paging: every match). */
export function exportUrl(kw: string, format: 'csv' | 'xlsx', filters: RegistryFilters): string {
  const { page: _page, pageSize: _pageSize, ...query } = toSearchParams(filters);
  return apiUrl(`/tenants/${kw}/businesses/export.${format}`, query);
}
