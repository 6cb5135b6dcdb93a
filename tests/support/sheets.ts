import ExcelJS from 'exceljs';
import { makeNik } from './test-app';

/**
 * Office-style spreadsheets for import tests: title rows above the header, a merged two-level header
 * ("Omzet" over "Per Bulan" | "Per Tahun"), spelling variants of kecamatan names, rupiah as people
 * type it, an impossible NIK and an unknown kecamatan. Kabupaten Bandung (32.04): Cileunyi 32.04.05,
 * Cimenyan 32.04.06, Cilengkrang 32.04.07. All people are invented.
 */
export const OFFICE_HEADER = ['No', 'Nama Usaha', 'Nama Pengusaha', 'NIK', 'No HP/WA', 'Alamat', 'Desa', 'Kec.', 'Jenis Usaha', 'Omzet', '', 'Aset', 'Jml TK'];
export const OFFICE_SUBHEADER = ['', '', '', '', '', '', '', '', '', 'Per Bulan', 'Per Tahun', '', ''];

const nikSiti = makeNik('32.04.05', '1982-03-14', 'P', '0011');

/** Data rows: 8 storable, 1 impossible NIK, 1 unknown kecamatan; rows 1 and 2 are the same business written twice. */
export function officeRows(): string[][] {
  return [
    ['1', 'Keripik Pisang Bu Siti', 'Ibu Siti Rohmah', nikSiti, '0812-2001-3344', 'Kp. Babakan RT 01/03', 'Cileunyi Kulon', 'Kec. Cileunyi', 'Makanan ringan', 'Rp 1.500.000', '', 'Rp 5.000.000', '2'],
    ['2', 'Kripik Pisang Siti', 'Hj. Siti Rohmah', nikSiti, '081220013344', 'Babakan', 'Cileunyi Kulon', 'CILEUNYI', 'Kuliner', '1,5 jt', '', '5 jt', '2'],
    ['3', 'Konveksi Mandiri Jaya', 'Dadang Suherman', makeNik('32.04.06', '1975-07-02', 'L', '0003'), '0813 2100 4455', 'Jl. Padasuka No. 12', 'Padasuka', 'Cimenyan', 'Konveksi pakaian', '', '180.000.000', '40.000.000', '5'],
    ['4', 'Warung Sembako Barokah', 'Pak Ujang Saepudin', makeNik('32.04.07', '1969-11-20', 'L', '0008'), '0852-9911-2233', 'Kp. Cipanjalu', 'Cipanjalu', 'Kec. Cilengkrang', 'Toko kelontong', '3 jt', '', '12 jt', '1'],
    ['5', 'Anyaman Bambu Lestari', 'Neneng Hasanah', makeNik('32.04.05', '1988-01-09', 'P', '0021'), '', 'Cimekar RT 04', 'Cimekar', 'Cileunyi', 'Kerajinan', '2.500.000', '', '7.500.000', '3'],
    ['6', 'Bengkel Motor Jaya Abadi', 'Asep Sunandar', makeNik('32.04.06', '1990-05-30', 'L', '0002'), '0821-4455-6677', 'Cibeunying', 'Cibeunying', 'Cimenyan', 'Jasa bengkel', '6 jt', '', '25 jt', '2'],
    ['7', 'Kue Balok Mang Oleh', 'Oleh Solihin', makeNik('32.04.07', '1980-12-12', 'L', '0005'), '0877-1234-9876', 'Jatiendah', 'Jatiendah', 'Cilengkrang', 'Kuliner', '4.000.000', '', '9.000.000', '2'],
    ['8', 'Ternak Lele Sangkuriang', 'Iis Suryani', '', '0838-2222-1111', 'Cileunyi Wetan', 'Cileunyi Wetan', 'KEC CILEUNYI', 'Perikanan', '2 jt', '', '6 jt', '1'],
    ['9', 'Batik Tulis Sekar', 'Rina Marlina', '3204059913850001', '0812-7777-8888', 'Cimekar', 'Cimekar', 'Cileunyi', 'Batik', '5 jt', '', '10 jt', '2'],
    ['10', 'Tahu Sumedang Pa Haji', 'H. Endang', makeNik('32.04.05', '1970-04-04', 'L', '0009'), '0812-3333-4444', 'Somewhere', 'Sukamaju', 'Kec. Antah Berantah', 'Kuliner', '3 jt', '', '8 jt', '2'],
  ];
}

/** When the office workbook says it was made and saved, unless told otherwise (exceljs would stamp "now"). */
const MADE_AT = new Date('2026-03-02T08:00:00Z');

/**
 * The office workbook as xlsx bytes (exceljs), with title rows, a blank row and the merged two-level header.
 * Build it once and reuse the bytes where a test needs "the same file": exceljs also stamps every zip
 * entry with the current time, so two builds a second or two apart are different files. `savedAt` makes a
 * copy that is different for sure (another save time in its properties), as Excel's "save again" does.
 */
export async function officeWorkbook(rows = officeRows(), opts: { savedAt?: Date } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = MADE_AT;
  wb.modified = opts.savedAt ?? MADE_AT;
  const ws = wb.addWorksheet('Data UMKM');
  ws.addRow(['DATA UMKM BINAAN DINAS KOPERASI DAN UKM KABUPATEN BANDUNG']);
  ws.mergeCells('A1:M1');
  ws.addRow(['TAHUN 2026']);
  ws.addRow([]);
  ws.addRow(OFFICE_HEADER);
  ws.addRow(OFFICE_SUBHEADER);
  ws.mergeCells('J4:K4');
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'L', 'M']) ws.mergeCells(`${col}4:${col}5`);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A semicolon CSV as an Indonesian Excel saves it (BOM, one header row). */
export function officeCsv(rows: string[][], header = ['Nama Usaha', 'Nama Pemilik', 'NIK', 'No HP', 'Desa', 'Kecamatan', 'Jenis Usaha', 'Omzet per Bulan', 'Aset']): Buffer {
  const quote = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return Buffer.from('\uFEFF' + [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n', 'utf8');
}
