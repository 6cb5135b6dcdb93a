import { describe, expect, it } from 'vitest';
import type { BusinessCard } from '../../api/types';
import { differingFields, isContraReason, olderOf, parseReason, scorePercent } from './compare';

const card = (over: Partial<BusinessCard> = {}): BusinessCard => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Keripik Tempe Bu Euis',
  ownerName: 'Euis Rohayati',
  nik: '3204015708790007',
  phone: '+6281223456789',
  nib: null,
  address: 'Kp. Cibodas',
  kecamatanCode: '32.04.01',
  kecamatanName: 'Ciwidey',
  desaName: 'Lebakmuncang',
  sector: 'kuliner',
  kbli: null,
  annualSales: 96_000_000,
  capital: null,
  workers: 3,
  createdAt: '2026-01-02T03:04:05.000Z',
  deleted: false,
  sources: [],
  ...over,
});

describe('pair comparison', () => {
  it('ignores case and punctuation, flags real differences', () => {
    const a = card();
    const b = card({ id: 'b', name: 'KERIPIK TEMPE, BU EUIS', ownerName: 'Ibu Euis', annualSales: 90_000_000, createdAt: '2025-01-01T00:00:00Z' });
    expect([...differingFields(a, b)].sort()).toEqual(['annualSales', 'ownerName']);
  });

  it('an empty value against a filled one differs', () => {
    expect(differingFields(card(), card({ nik: null })).has('nik')).toBe(true);
  });

  it('keeps the older record by default', () => {
    const a = card();
    const b = card({ id: 'b', createdAt: '2025-12-31T00:00:00Z' });
    expect(olderOf(a, b).id).toBe('b');
    expect(olderOf(b, a).id).toBe('b');
  });

  it('shows scores as percentages and splits reason details', () => {
    expect(scorePercent(0.934)).toBe(93);
    expect(scorePercent(1.2)).toBe(100);
    expect(parseReason('nik_equal')).toEqual({ code: 'nik_equal', detail: null });
    expect(parseReason('business_name_similar:0.91')).toEqual({ code: 'business_name_similar', detail: '0.91' });
    expect(isContraReason('nik_differs')).toBe(true);
    expect(isContraReason('same_desa')).toBe(false);
  });
});
