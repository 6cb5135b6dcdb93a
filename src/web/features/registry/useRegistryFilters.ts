import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SearchParams } from './registry.api';

/** The registry list's search and filters, kept in the URL query string so links and Back work. */
export interface RegistryFilters {
  q: string;
  kecamatan: string | null;
  desa: string | null;
  scale: string[];
  sector: string[];
  status: string[];
  legality: string | null;
  page: number;
  pageSize: number;
}

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const PAGE_SIZES = [10, 20, 50, 100];

function parse(params: URLSearchParams): RegistryFilters {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    q: params.get('q') ?? '',
    kecamatan: params.get('kecamatan') || null,
    desa: params.get('desa') || null,
    scale: list(params.get('scale')),
    sector: list(params.get('sector')),
    status: list(params.get('status')),
    legality: params.get('legality') || null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

function serialize(f: RegistryFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.q) out.set('q', f.q);
  if (f.kecamatan) out.set('kecamatan', f.kecamatan);
  if (f.desa) out.set('desa', f.desa);
  if (f.scale.length) out.set('scale', f.scale.join(','));
  if (f.sector.length) out.set('sector', f.sector.join(','));
  if (f.status.length) out.set('status', f.status.join(','));
  if (f.legality) out.set('legality', f.legality);
  if (f.page > 1) out.set('page', String(f.page));
  if (f.pageSize !== 20) out.set('pageSize', String(f.pageSize));
  return out;
}

/** Number of active filters (search text not counted), for the "Filter (n)" toggle. */
export function activeFilterCount(f: RegistryFilters): number {
  return [f.kecamatan, f.desa, f.legality].filter(Boolean).length + [f.scale, f.sector, f.status].filter((l) => l.length > 0).length;
}

/** The filters as the search endpoint expects them. */
export function toSearchParams(f: RegistryFilters): SearchParams {
  return {
    q: f.q || undefined,
    kecamatan: f.kecamatan ?? undefined,
    desa: f.desa ?? undefined,
    scale: f.scale.join(',') || undefined,
    sector: f.sector.join(',') || undefined,
    status: f.status.join(',') || undefined,
    legality: f.legality ?? undefined,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/**
 * Reads and updates the filters in the URL. Any change except paging returns to page 1;
 * changing the kecamatan clears the desa.
 */
export function useRegistryFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parse(params), [params]);

  const update = useCallback(
    (patch: Partial<RegistryFilters>) => {
      setParams(
        (prev) => {
          const current = parse(prev);
          const next: RegistryFilters = { ...current, ...patch };
          if (!('page' in patch)) next.page = 1;
          if ('kecamatan' in patch && patch.kecamatan !== current.kecamatan) next.desa = null;
          return serialize(next);
        },
        { replace: !('page' in patch) },
      );
    },
    [setParams],
  );

  const reset = useCallback(() => {
    setParams((prev) => serialize({ ...parse(new URLSearchParams()), q: parse(prev).q }), { replace: true });
  }, [setParams]);

  return { filters, update, reset };
}
