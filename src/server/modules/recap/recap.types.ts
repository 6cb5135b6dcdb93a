import type { Letterhead } from '../tenancy/tenant.table';

/** One kecamatan's line of the yearly recap (the columns offices report upward). */
export interface RecapRow {
  kecamatanCode: string;
  kecamatanName: string;
  micro: number;
  microWithNib: number;
  microMovedUp: number;
  newEntrepreneurs: number;
  small: number;
  medium: number;
  total: number;
}

/** The recap for one regency and year; `total` is always the column sums of `rows`. */
export interface RecapReport {
  kodeWilayah: string;
  regencyName: string;
  year: number;
  generatedAt: string; // ISO timestamp
  isDemo: boolean;
  rows: RecapRow[];
  total: Omit<RecapRow, 'kecamatanCode' | 'kecamatanName'>;
}

/** Labels in the user's language for the rendered files. */
export interface RecapLabels {
  title: string; // e.g. "Rekapitulasi UMKM per Kecamatan Tahun 2026"
  demoNotice: string;
  columns: Record<'no' | 'kecamatan' | 'micro' | 'microWithNib' | 'microMovedUp' | 'newEntrepreneurs' | 'small' | 'medium' | 'total', string>;
  totalRow: string;
  generatedAt: string; // e.g. "Dibuat 23 November 2026 19:40"
}

export type { Letterhead };
