import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { safeCellValue } from '../../lib/spreadsheet-safety';
import type { RegionDirectory } from '../tenancy/regions';
import { maskNik } from './nik';
import { maskPhone } from '../../kernel/phone';

/** One exported business, as the repository reads it. */
export interface ExportRow {
  id: string; name: string; ownerName: string; nik: string | null; phone: string | null; address: string | null;
  kecamatanCode: string; desaCode: string; sector: string; kbli: string | null; scale: string; status: string;
  annualSales: number | null; capital: number | null; workersMale: number; workersFemale: number; startYear: number | null; nib: string | null;
}

type Lang = 'id' | 'en';
type Cell = string | number | null;

/** Columns of an export, headed in the user's language (the header names the import maps back automatically). */
const COLUMNS: { id: string; en: string; value: (r: ExportRow, regions: RegionDirectory) => Cell }[] = [
  { id: 'Nama Usaha', en: 'Business name', value: (r) => r.name },
  { id: 'Nama Pemilik', en: 'Owner', value: (r) => r.ownerName },
  { id: 'NIK', en: 'NIK', value: (r) => r.nik },
  { id: 'No HP/WA', en: 'Phone', value: (r) => r.phone },
  { id: 'Alamat', en: 'Address', value: (r) => r.address },
  { id: 'Kecamatan', en: 'Kecamatan', value: (r, g) => g.kecamatan(r.kecamatanCode)?.name ?? r.kecamatanCode },
  { id: 'Desa/Kelurahan', en: 'Desa', value: (r, g) => g.desa(r.desaCode)?.name ?? r.desaCode },
  { id: 'Kode Desa', en: 'Desa code', value: (r) => r.desaCode },
  { id: 'Jenis Usaha', en: 'Sector', value: (r) => r.sector },
  { id: 'KBLI', en: 'KBLI', value: (r) => r.kbli },
  { id: 'Skala', en: 'Scale', value: (r) => r.scale },
  { id: 'Status', en: 'Status', value: (r) => r.status },
  { id: 'Omzet per Tahun', en: 'Annual sales', value: (r) => r.annualSales },
  { id: 'Aset', en: 'Assets', value: (r) => r.capital },
  { id: 'TK Laki-laki', en: 'Male workers', value: (r) => r.workersMale },
  { id: 'TK Perempuan', en: 'Female workers', value: (r) => r.workersFemale },
  { id: 'Tahun Berdiri', en: 'Start year', value: (r) => r.startYear },
  { id: 'NIB', en: 'NIB', value: (r) => r.nib },
];

/**
 * Streams a registry export as CSV (semicolon-separated with a BOM, which Excel in an Indonesian
 * locale opens correctly) or xlsx (exceljs streaming writer), batch by batch. Every text cell is
 * neutralised against formula injection; NIK, phone and address are masked unless `personalData`.
 * Identifiers (NIK, NIB, phone) are written as text so spreadsheets do not round them to 1.2E+15.
 */
export function exportStream(
  format: 'csv' | 'xlsx',
  lang: Lang,
  batches: AsyncIterable<ExportRow[]>,
  regions: RegionDirectory,
  personalData: boolean,
): Readable {
  const out = new PassThrough();
  const header = COLUMNS.map((c) => c[lang]);
  const cellsOf = (row: ExportRow): Cell[] => {
    const r = personalData ? row : { ...row, nik: maskNik(row.nik), phone: maskPhone(row.phone), address: row.address && '••••' };
    return COLUMNS.map((c) => safeCellValue(c.value(r, regions)));
  };
  const run = async () => {
    if (format === 'csv') {
      const csv = stringify({ delimiter: ';', bom: true });
      csv.pipe(out);
      csv.write(header);
      for await (const batch of batches) {
        for (const row of batch) if (!csv.write(cellsOf(row))) await new Promise((r) => csv.once('drain', r));
      }
      csv.end();
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
    const sheet = workbook.addWorksheet(lang === 'en' ? 'Businesses' : 'Data UMKM');
    sheet.columns = header.map((h) => ({ header: h, width: Math.max(12, h.length + 4) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const batch of batches) for (const row of batch) sheet.addRow(cellsOf(row)).commit();
    sheet.commit();
    await workbook.commit();
  };
  run().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
