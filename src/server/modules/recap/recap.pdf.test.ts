import { describe, it, expect } from 'vitest';
import { formatNumberId, renderRecapPdf } from './recap.pdf';
import type { Letterhead, RecapLabels, RecapReport, RecapRow } from './recap.types';

const labels: RecapLabels = {
  title: 'Rekapitulasi UMKM per Kecamatan Tahun 2026',
  demoNotice: 'DATA DEMO — bukan data resmi',
  columns: {
    no: 'No',
    kecamatan: 'Kecamatan',
    micro: 'Usaha Mikro',
    microWithNib: 'Usaha Mikro ber-NIB',
    microMovedUp: 'Usaha Mikro Naik Kelas',
    newEntrepreneurs: 'Wirausaha Baru',
    small: 'Usaha Kecil',
    medium: 'Usaha Menengah',
    total: 'Jumlah',
  },
  totalRow: 'JUMLAH',
  generatedAt: 'Dibuat 23 November 2026 19:40',
};

const letterhead: Letterhead = {
  government: 'PEMERINTAH KABUPATEN BANDUNG',
  office: 'DINAS KOPERASI DAN USAHA MIKRO',
  address: 'Jl. Raya Soreang Km. 17, Soreang 40911',
  contact: 'Telp. (022) 5891234',
  city: 'Soreang',
  signerTitle: 'KEPALA DINAS',
  signerName: 'ASEP SUDRAJAT',
};

function makeReport(count: number, isDemo = true): RecapReport {
  const rows: RecapRow[] = Array.from({ length: count }, (_, i) => ({
    kecamatanCode: `32.04.${String(i + 1).padStart(2, '0')}`,
    kecamatanName: `Kecamatan ${i + 1}`,
    micro: 32271 + i,
    microWithNib: 1200,
    microMovedUp: 12,
    newEntrepreneurs: 345,
    small: 1021,
    medium: 33,
    total: 33325 + i,
  }));
  const sum = (k: keyof RecapReport['total']): number => rows.reduce((a, r) => a + r[k], 0);
  return {
    kodeWilayah: '32.04',
    regencyName: 'KABUPATEN BANDUNG',
    year: 2026,
    generatedAt: '2026-11-23T12:40:00.000Z',
    isDemo,
    rows,
    total: {
      micro: sum('micro'),
      microWithNib: sum('microWithNib'),
      microMovedUp: sum('microMovedUp'),
      newEntrepreneurs: sum('newEntrepreneurs'),
      small: sum('small'),
      medium: sum('medium'),
      total: sum('total'),
    },
  };
}

/** Page objects in uncompressed output; `/Type /Pages` (the page tree) is not a page. */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type \/Page(?!s)/g) ?? []).length;

describe('formatNumberId', () => {
  it('uses "." as the thousands separator', () => {
    expect(formatNumberId(0)).toBe('0');
    expect(formatNumberId(999)).toBe('999');
    expect(formatNumberId(32271)).toBe('32.271');
    expect(formatNumberId(1598625)).toBe('1.598.625');
    expect(formatNumberId(-1234)).toBe('-1.234');
  });
});

describe('renderRecapPdf', () => {
  it('renders 45 kecamatan over more than one page', async () => {
    const pdf = await renderRecapPdf(makeReport(45), labels, letterhead, { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it('fits a small recap on one page', async () => {
    const pdf = await renderRecapPdf(makeReport(3, false), labels, letterhead, { compress: false });
    expect(pageCount(pdf)).toBe(1);
  });

  it('is byte-for-byte reproducible for the same input', async () => {
    const a = await renderRecapPdf(makeReport(45), labels, letterhead);
    const b = await renderRecapPdf(makeReport(45), labels, letterhead);
    expect(a.equals(b)).toBe(true);
  });

  it('tolerates an empty letterhead and no rows', async () => {
    const empty: Letterhead = { government: '', office: '', address: '', contact: '', city: '', signerTitle: '', signerName: '' };
    const pdf = await renderRecapPdf(makeReport(0), labels, empty, { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
  });
});
