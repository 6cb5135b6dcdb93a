import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { renderRecapXlsx } from './recap.xlsx';
import type { RecapLabels, RecapReport, RecapRow } from './recap.types';

const HOSTILE = "=cmd|' /C calc'!A0";

const labels: RecapLabels = {
  title: 'Rekapitulasi UMKM per Kecamatan Tahun 2026',
  demoNotice: 'DATA DEMO — bukan data resmi',
  columns: {
    no: 'No',
    kecamatan: 'Kecamatan',
    micro: 'Usaha Mikro',
    microWithNib: 'Mikro ber-NIB',
    microMovedUp: 'Mikro Naik Kelas',
    newEntrepreneurs: 'Wirausaha Baru',
    small: 'Usaha Kecil',
    medium: 'Usaha Menengah',
    total: 'Jumlah',
  },
  totalRow: 'JUMLAH',
  generatedAt: 'Dibuat 23 November 2026 19:40',
};

function row(code: string, name: string, base: number): RecapRow {
  const r = { micro: base, microWithNib: base - 10, microMovedUp: 3, newEntrepreneurs: 7, small: 12, medium: 2 };
  return { kecamatanCode: code, kecamatanName: name, ...r, total: r.micro + r.small + r.medium };
}

const rows = [row('32.04.01', 'Cileunyi', 32271), row('32.04.02', HOSTILE, 1500), row('32.04.03', 'Soreang', 980)];
const report: RecapReport = {
  kodeWilayah: '32.04',
  regencyName: 'KABUPATEN BANDUNG',
  year: 2026,
  generatedAt: '2026-11-23T12:40:00.000Z',
  isDemo: true,
  rows,
  total: {
    micro: 34751,
    microWithNib: 34721,
    microMovedUp: 9,
    newEntrepreneurs: 21,
    small: 36,
    medium: 6,
    total: 34793,
  },
};

async function load(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Rekap');
  if (!sheet) throw new Error('sheet "Rekap" missing');
  return sheet;
}

/** Row number whose first cell holds `text`. */
function findRow(sheet: ExcelJS.Worksheet, text: string): number {
  for (let i = 1; i <= sheet.rowCount; i++) if (sheet.getRow(i).getCell(1).value === text) return i;
  throw new Error(`row ${text} not found`);
}

describe('renderRecapXlsx', () => {
  it('writes title, demo notice, header, rows and totals', async () => {
    const sheet = await load(await renderRecapXlsx(report, labels));
    expect(sheet.getCell('A1').value).toBe(labels.title);
    expect(sheet.getCell('A2').value).toBe('KABUPATEN BANDUNG');
    expect(sheet.getCell('A3').value).toBe(labels.demoNotice);

    const h = findRow(sheet, 'No');
    const header = sheet.getRow(h).values as unknown[];
    expect(header.slice(1)).toEqual([
      'No', 'Kecamatan', 'Usaha Mikro', 'Mikro ber-NIB', 'Mikro Naik Kelas',
      'Wirausaha Baru', 'Usaha Kecil', 'Usaha Menengah', 'Jumlah',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: h });

    rows.forEach((r, i) => {
      const line = sheet.getRow(h + 1 + i);
      expect(line.getCell(1).value).toBe(i + 1);
      expect(line.getCell(3).value).toBe(r.micro);
      expect(line.getCell(3).numFmt).toBe('#,##0');
      expect(line.getCell(9).value).toBe(r.total);
    });
    expect(sheet.getRow(h + 1).getCell(2).value).toBe('Cileunyi');

    const total = sheet.getRow(h + 1 + rows.length);
    expect(total.getCell(2).value).toBe('JUMLAH');
    expect(total.getCell(2).font?.bold).toBe(true);
    expect((total.values as unknown[]).slice(3)).toEqual([34751, 34721, 9, 21, 36, 6, 34793]);

    expect(findRow(sheet, labels.generatedAt)).toBeGreaterThan(h + rows.length + 1);
  });

  it('stores a hostile kecamatan name as inert text and never writes a formula', async () => {
    const sheet = await load(await renderRecapXlsx(report, labels));
    const hostile = sheet.getRow(findRow(sheet, 'No') + 2).getCell(2);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe(`'${HOSTILE}`);

    sheet.eachRow({ includeEmpty: false }, (r) =>
      r.eachCell({ includeEmpty: false }, (cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeFalsy();
        if (typeof cell.value === 'string') expect(cell.value.startsWith('=')).toBe(false);
      }),
    );
  });

  it('omits the demo notice for real data', async () => {
    const sheet = await load(await renderRecapXlsx({ ...report, isDemo: false }, labels));
    expect(() => findRow(sheet, labels.demoNotice)).toThrow();
    expect(sheet.getCell('A4').value).toBe('No');
  });
});
