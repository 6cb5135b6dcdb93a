import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../lib/spreadsheet-safety';
import type { RecapLabels, RecapReport, RecapRow } from './recap.types';

/** Numeric columns in the order offices report them upward; shared by the xlsx and pdf renderers. */
export const RECAP_NUMBER_COLUMNS = [
  'micro',
  'microWithNib',
  'microMovedUp',
  'newEntrepreneurs',
  'small',
  'medium',
  'total',
] as const satisfies readonly (keyof RecapReport['total'])[];

const SHEET_NAME = 'Rekap'; // Excel rejects sheet names over 31 characters
const COLUMN_COUNT = 2 + RECAP_NUMBER_COLUMNS.length;
const NUMBER_FORMAT = '#,##0';
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Render the yearly recap as an .xlsx workbook with one sheet, "Rekap".
 *
 * Every string cell passes through {@link neutraliseCell} and only plain values are written —
 * never formulas — so hostile registry data (a kecamatan named `=HYPERLINK(...)`) stays text,
 * and the total row shows exactly the server-computed `report.total`.
 *
 * @param report the recap rows and totals for one regency and year
 * @param labels column and row labels in the user's language
 * @returns the workbook file contents
 */
export async function renderRecapXlsx(report: RecapReport, labels: RecapLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata keeps the file reproducible for the same report.
  const generated = new Date(report.generatedAt);
  workbook.creator = 'Berdaya';
  workbook.created = generated;
  workbook.modified = generated;

  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = [
    { width: 6 },
    { width: 30 },
    ...RECAP_NUMBER_COLUMNS.map(() => ({ width: 15 })),
  ];

  // Heading block: a row per line, merged across the table width so long titles don't get clipped.
  const headingRow = (text: string, font: Partial<ExcelJS.Font>): ExcelJS.Row => {
    const row = sheet.addRow([neutraliseCell(text)]);
    sheet.mergeCells(row.number, 1, row.number, COLUMN_COUNT);
    row.getCell(1).font = font;
    return row;
  };
  headingRow(labels.title, { bold: true, size: 14 });
  headingRow(report.regencyName, { bold: true, size: 12 });
  if (report.isDemo) {
    const demo = headingRow(labels.demoNotice, { bold: true, color: { argb: 'FF9C0006' } });
    demo.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
  }
  sheet.addRow([]);

  const c = labels.columns;
  const header = sheet.addRow(
    [c.no, c.kecamatan, ...RECAP_NUMBER_COLUMNS.map((k) => c[k])].map(neutraliseCell),
  );
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32; // room for two-line labels such as "Usaha Mikro ber-NIB"
  styleCells(header, { fill: 'FFD9E1F2' });
  // Keep the header visible while scrolling a 40+ kecamatan list.
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];

  report.rows.forEach((r, i) => {
    const row = sheet.addRow([i + 1, neutraliseCell(r.kecamatanName), ...numbersOf(r)]);
    styleCells(row, {});
  });

  const total = sheet.addRow([null, neutraliseCell(labels.totalRow), ...numbersOf(report.total)]);
  total.font = { bold: true };
  styleCells(total, { fill: 'FFF2F2F2' });

  sheet.addRow([]);
  const footer = sheet.addRow([neutraliseCell(labels.generatedAt)]);
  footer.getCell(1).font = { italic: true, size: 9 };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function numbersOf(r: RecapReport['total'] | RecapRow): number[] {
  return RECAP_NUMBER_COLUMNS.map((k) => r[k]);
}

/** Borders on every table cell; number format and right alignment on the numeric ones. */
function styleCells(row: ExcelJS.Row, opts: { fill?: string }): void {
  for (let col = 1; col <= COLUMN_COUNT; col++) {
    const cell = row.getCell(col);
    cell.border = BORDER;
    if (opts.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: opts.fill } };
    if (typeof cell.value === 'number') {
      cell.numFmt = NUMBER_FORMAT;
      cell.alignment = { horizontal: col === 1 ? 'center' : 'right' };
    }
  }
}
