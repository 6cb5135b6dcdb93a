import { describe, expect, it } from 'vitest';
import { exportUrl } from './exportUrl';
import type { RegistryFilters } from './useRegistryFilters';

const none: RegistryFilters = { q: '', kecamatan: null, desa: null, scale: [], sector: [], status: [], legality: null, page: 3, pageSize: 50 };

describe('registry export link', () => {
  it('carries the current search and filters, never the page', () => {
    const url = exportUrl('35.27', 'csv', { ...none, q: 'keripik', kecamatan: '35.27.01', scale: ['micro', 'small'], legality: '-NIB' });
    expect(url.startsWith('/api/tenants/35.27/businesses/export.csv?')).toBe(true);
    const params = new URLSearchParams(url.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({ q: 'keripik', kecamatan: '35.27.01', scale: 'micro,small', legality: '-NIB' });
  });

  it('without filters links the whole registry', () => {
    expect(exportUrl('35.27', 'xlsx', none)).toBe('/api/tenants/35.27/businesses/export.xlsx');
  });
});
