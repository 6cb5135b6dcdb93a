import PDFDocument from 'pdfkit';
import type { Letterhead, RecapLabels, RecapReport } from './recap.types';
// The column order is shared with the spreadsheet so both files read the same.
import { RECAP_NUMBER_COLUMNS } from './recap.xlsx';

/** Rendering switches; `compress: false` keeps page objects readable for tests. */
export interface RecapPdfOptions {
  compress?: boolean;
  /** IANA zone used for the signature date; offices outside WIB pass their own. */
  timeZone?: string;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 40;
const FOOTER_SPACE = 28; // kept free at the bottom of each page for the generated-at line
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const TABLE_SIZE = 9;
const PAD = 4;
const NO_WIDTH = 30;
const NUMBER_WIDTH = 78;
const SIGNATURE_WIDTH = 240;
const SIGNATURE_GAP = 56; // room for the wet signature and stamp

/**
 * Format a count Indonesian style, '.' as thousands separator (32271 → "32.271").
 * Done by hand rather than with Intl so output never depends on the ICU build.
 */
export function formatNumberId(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Render the yearly recap as an A4 landscape PDF in the shape of an official letter:
 * letterhead (kop surat) with a double rule, title, the kecamatan table (header row repeated on
 * every page), a bold total row, the signature block, and the generated-at line in each footer.
 *
 * `info.CreationDate` is taken from `report.generatedAt`, so the same input gives the same bytes.
 *
 * @param report the recap rows and totals for one regency and year
 * @param labels column and row labels in the user's language
 * @param letterhead the office's kop surat and signer; empty lines are skipped
 * @param options `compress: false` for inspectable output; `timeZone` for the signature date
 * @returns the PDF file contents
 */
export async function renderRecapPdf(
  report: RecapReport,
  labels: RecapLabels,
  letterhead: Letterhead,
  options: RecapPdfOptions = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    compress: options.compress ?? true,
    bufferPages: true, // footers are written after the page count is known
    info: { Title: labels.title, Creator: 'Berdaya', CreationDate: new Date(report.generatedAt) },
  });
  const done = collect(doc);

  drawLetterhead(doc, letterhead);
  drawHeading(doc, report, labels);
  drawTable(doc, report, labels);
  drawSignature(doc, letterhead, signatureDate(report.generatedAt, options.timeZone));
  drawFooters(doc, labels.generatedAt);

  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

const contentWidth = (doc: Doc): number => doc.page.width - MARGIN * 2;
/** Lowest y the body may reach; below it only the footer is drawn. */
const bodyBottom = (doc: Doc): number => doc.page.height - MARGIN - FOOTER_SPACE;

function centred(doc: Doc, text: string, font: string, size: number): void {
  if (!text.trim()) return;
  doc.font(font).fontSize(size).text(text, MARGIN, doc.y, { width: contentWidth(doc), align: 'center' });
}

/**
 * Kop surat: government and office lines large and bold, then address and contact, then the double rule.
 * Shared with the certificate, which sets it a size smaller (`scale`) to leave room for the award.
 */
export function drawLetterhead(doc: Doc, lh: Letterhead, scale: { government: number; office: number; after: number } = { government: 14, office: 16, after: 16 }): void {
  const lines = [lh.government, lh.office, lh.address, lh.contact];
  if (lines.every((l) => !l.trim())) return; // no letterhead configured: no empty rule either
  centred(doc, lh.government, BOLD, scale.government);
  centred(doc, lh.office, BOLD, scale.office);
  centred(doc, lh.address, FONT, 9);
  centred(doc, lh.contact, FONT, 9);
  // Official letters use a thick rule over a thin one.
  const y = doc.y + 4;
  const right = doc.page.width - MARGIN;
  doc.lineWidth(2).moveTo(MARGIN, y).lineTo(right, y).stroke();
  doc.lineWidth(0.6).moveTo(MARGIN, y + 3.5).lineTo(right, y + 3.5).stroke();
  doc.lineWidth(1);
  doc.y = y + scale.after;
}

function drawHeading(doc: Doc, report: RecapReport, labels: RecapLabels): void {
  centred(doc, labels.title, BOLD, 13);
  centred(doc, `${report.regencyName} — ${report.year}`, FONT, 11);
  if (report.isDemo) {
    doc.fillColor('#c00000');
    centred(doc, labels.demoNotice, BOLD, 10);
    doc.fillColor('black');
  }
  doc.y += 10;
}

interface Column {
  label: string;
  width: number;
  align: 'left' | 'center' | 'right';
}

function columnsOf(doc: Doc, labels: RecapLabels): Column[] {
  const c = labels.columns;
  // Kecamatan takes whatever the fixed-width columns leave.
  const nameWidth = contentWidth(doc) - NO_WIDTH - NUMBER_WIDTH * RECAP_NUMBER_COLUMNS.length;
  return [
    { label: c.no, width: NO_WIDTH, align: 'center' },
    { label: c.kecamatan, width: nameWidth, align: 'left' },
    ...RECAP_NUMBER_COLUMNS.map((k) => ({ label: c[k], width: NUMBER_WIDTH, align: 'right' as const })),
  ];
}

/** Height a row needs: its tallest cell (long names and header labels wrap) plus padding. */
function rowHeight(doc: Doc, cols: Column[], cells: string[], font: string): number {
  doc.font(font).fontSize(TABLE_SIZE);
  const tallest = Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: (cols[i]?.width ?? 0) - PAD * 2 })));
  return tallest + PAD * 2;
}

function drawRow(doc: Doc, cols: Column[], cells: string[], opts: { font: string; fill?: string; header?: boolean }): void {
  const height = rowHeight(doc, cols, cells, opts.font);
  const top = doc.y;
  if (opts.fill) doc.rect(MARGIN, top, contentWidth(doc), height).fill(opts.fill).fillColor('black');
  doc.font(opts.font).fontSize(TABLE_SIZE);
  let x = MARGIN;
  cols.forEach((col, i) => {
    const text = cells[i] ?? '';
    const inner = col.width - PAD * 2;
    // Header labels centre vertically so one-line labels sit level with wrapped ones.
    const offset = opts.header ? (height - PAD * 2 - doc.heightOfString(text, { width: inner })) / 2 : 0;
    doc.text(text, x + PAD, top + PAD + offset, { width: inner, align: opts.header ? 'center' : col.align });
    doc.rect(x, top, col.width, height).lineWidth(0.5).stroke();
    x += col.width;
  });
  doc.y = top + height;
}

function drawTable(doc: Doc, report: RecapReport, labels: RecapLabels): void {
  const cols = columnsOf(doc, labels);
  const header = cols.map((c) => c.label);
  const headerHeight = rowHeight(doc, cols, header, BOLD);
  const drawHeader = (): void => drawRow(doc, cols, header, { font: BOLD, fill: '#d9e1f2', header: true });

  // Start the table on a fresh page when not even the header and one row fit under the heading.
  const ensureRoom = (cells: string[], font: string): void => {
    if (doc.y + rowHeight(doc, cols, cells, font) > bodyBottom(doc)) {
      doc.addPage();
      drawHeader();
    }
  };
  if (doc.y + headerHeight * 2 > bodyBottom(doc)) doc.addPage();
  drawHeader();

  report.rows.forEach((r, i) => {
    const cells = [String(i + 1), r.kecamatanName, ...RECAP_NUMBER_COLUMNS.map((k) => formatNumberId(r[k]))];
    ensureRoom(cells, FONT);
    drawRow(doc, cols, cells, { font: FONT });
  });

  const totals = ['', labels.totalRow, ...RECAP_NUMBER_COLUMNS.map((k) => formatNumberId(report.total[k]))];
  ensureRoom(totals, BOLD);
  drawRow(doc, cols, totals, { font: BOLD, fill: '#f2f2f2' });
}

/** The signature date in Indonesian, e.g. "23 November 2026", in the office's time zone. */
function signatureDate(iso: string, timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso));
}

/** "{city}, {date}" / signer title / space to sign / signer name, right-aligned as a block. */
function drawSignature(doc: Doc, lh: Letterhead, date: string): void {
  const place = lh.city.trim() ? `${lh.city.trim()}, ${date}` : date;
  const title = lh.signerTitle.trim();
  const name = lh.signerName.trim();
  const x = doc.page.width - MARGIN - SIGNATURE_WIDTH;
  const opts = { width: SIGNATURE_WIDTH, align: 'center' as const };

  doc.font(FONT).fontSize(10);
  const needed =
    20 + doc.heightOfString(place, opts) + (title ? doc.heightOfString(title, opts) : 0) + (name ? SIGNATURE_GAP + 14 : 0);
  // Never split the block across pages: a signature alone on a page is still tied to the table above.
  if (doc.y + needed > bodyBottom(doc)) doc.addPage();

  doc.y += 20;
  doc.text(place, x, doc.y, opts);
  if (title) doc.text(title, x, doc.y, opts);
  if (name) {
    doc.y += SIGNATURE_GAP;
    doc.font(BOLD).text(name, x, doc.y, { ...opts, underline: true });
  }
}

/** Generated-at line and page number on every page, written once the page count is known. */
function drawFooters(doc: Doc, generatedAt: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page; lift the margin briefly.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    doc.font(FONT).fontSize(8).fillColor('#555555');
    doc.text(generatedAt, MARGIN, y, { width: contentWidth(doc) / 2, lineBreak: false });
    doc.text(`${i + 1} / ${range.count}`, MARGIN + contentWidth(doc) / 2, y, {
      width: contentWidth(doc) / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}
