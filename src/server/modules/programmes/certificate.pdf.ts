import { buffer } from 'node:stream/consumers';
import PDFDocument from 'pdfkit';
import { qrPng } from '../../lib/qr';
import { drawLetterhead, type RecapPdfOptions } from '../recap/recap.pdf';
import type { Letterhead } from '../recap/recap.types';

/** What one completion certificate shows; texts are chosen by `lang`, names are printed as given. */
export interface CertificatePdfInput {
  lang: 'id' | 'en';
  /** The issuing office's kop surat and signer, as configured for the tenant (same as the recap's). */
  letterhead: Letterhead;
  number: string; // e.g. "032/SERT/DINKOP-UKM/2026"
  participantName: string; // owner's name
  businessName: string;
  programmeTitle: string; // e.g. "Pelatihan Pemasaran Digital"
  batchName: string; // e.g. "Angkatan 1"
  startsOn: string; // ISO date
  endsOn: string; // ISO date
  attendancePercent: number;
  issuedAt: string; // ISO timestamp
  verifyUrl: string; // absolute URL opened by the QR
}

/** Same switches as the recap: `compress: false` for inspectable output; `timeZone` (default Asia/Jakarta) for dates. */
export type CertificatePdfOptions = RecapPdfOptions;

type Doc = PDFKit.PDFDocument;

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
const ACCENT = '#1f3864';
const MARGIN = 40; // content inset, inside the frame
const QR_SIZE = 90;
const QR_PIXELS = 360; // 4 px per point: sharp when printed
const SIGNATURE_WIDTH = 240;
const SIGNATURE_GAP = 48; // room for the wet signature and stamp

const TEXTS = {
  id: {
    title: 'SERTIFIKAT',
    number: 'Nomor',
    awardedTo: 'diberikan kepada',
    owner: (business: string) => `pemilik usaha ${business}`,
    completed: (what: string, dates: string, pct: number) => `telah menyelesaikan ${what}, ${dates} dengan kehadiran ${pct}%`,
    scan: 'Pindai untuk memeriksa keaslian',
  },
  en: {
    title: 'CERTIFICATE',
    number: 'Number',
    awardedTo: 'awarded to',
    owner: (business: string) => `owner of ${business}`,
    completed: (what: string, dates: string, pct: number) => `for completing ${what}, ${dates}, with ${pct}% attendance`,
    scan: 'Scan to verify',
  },
} as const;

/**
 * Render a programme completion certificate: one A4 landscape page with the office letterhead, the title,
 * the participant and business, what was completed with dates and attendance, the certificate number,
 * the place and date of issue with the signer, and bottom right a QR code of `verifyUrl` (also printed as
 * a clickable link) so anyone holding the paper can check it is genuine.
 *
 * `info.CreationDate` is taken from `issuedAt`, so the same input gives the same bytes.
 *
 * @param input the certificate's contents and the language to print it in
 * @param options `compress: false` for inspectable output; `timeZone` for the dates (default Asia/Jakarta)
 * @returns the PDF file contents
 */
export async function renderCertificatePdf(input: CertificatePdfInput, options: CertificatePdfOptions = {}): Promise<Buffer> {
  const t = TEXTS[input.lang];
  const qr = await qrPng(input.verifyUrl, QR_PIXELS);
  // Zero page margins: everything is placed explicitly, so pdfkit never starts a second page on its own.
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    compress: options.compress ?? true,
    info: { Title: `${t.title} ${input.number}`, Creator: 'Berdaya', CreationDate: new Date(input.issuedAt) },
  });
  const done = buffer(doc);
  const dates = dateFormat(input.lang, options.timeZone);
  const pct = Math.round(input.attendancePercent);

  drawFrame(doc);
  doc.y = MARGIN;
  drawLetterhead(doc, input.letterhead, { government: 12, office: 14, after: 14 });
  doc.y += 16;
  doc.fillColor(ACCENT);
  centred(doc, t.title, BOLD, 40, { characterSpacing: 6 });
  doc.fillColor('black');
  centred(doc, `${t.number}: ${input.number}`, FONT, 11);
  doc.y += 34;
  centred(doc, t.awardedTo, ITALIC, 13);
  doc.y += 8;
  centred(doc, input.participantName, BOLD, fittedSize(doc, input.participantName, BOLD, 30));
  doc.y += 8;
  centred(doc, t.owner(input.businessName), FONT, 13);
  doc.y += 12;
  const what = `${input.programmeTitle} — ${input.batchName}`;
  const range = oneLine(dates.formatRange(new Date(input.startsOn), new Date(input.endsOn)));
  paragraph(doc, t.completed(what, range, pct), 13, 3);

  drawSignature(doc, input.letterhead, oneLine(dates.format(new Date(input.issuedAt))));
  drawQr(doc, qr, input.verifyUrl, t.scan);

  doc.end();
  return done;
}

/** Long dates in the certificate's language, e.g. "3 Desember 2026" / "3 December 2026". */
function dateFormat(lang: 'id' | 'en', timeZone = 'Asia/Jakarta'): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}

/** ICU puts thin spaces around range dashes; the standard PDF fonts have no glyph for them. */
const oneLine = (s: string): string => s.replace(/[\u2009\u202f\u00a0]/g, ' ');

const contentWidth = (doc: Doc): number => doc.page.width - MARGIN * 2;

/** Largest size up to `max` (but not under 14) at which `text` fits on one line of the content width. */
function fittedSize(doc: Doc, text: string, font: string, max: number): number {
  doc.font(font).fontSize(max);
  const width = doc.widthOfString(text);
  return width <= contentWidth(doc) ? max : Math.max(14, Math.floor((max * contentWidth(doc)) / width));
}

/** `text` centred across the content width; blank text draws nothing. */
function centred(doc: Doc, text: string, font: string, size: number, extra: PDFKit.Mixins.TextOptions = {}): void {
  if (!text.trim()) return;
  doc.font(font).fontSize(size).text(text, MARGIN, doc.y, { width: contentWidth(doc), align: 'center', ...extra });
}

/**
 * Centred text wrapped into lines of even length (no lone "83%" on the last line), at most `maxLines`
 * so a very long programme title cannot run into the signature block.
 */
function paragraph(doc: Doc, text: string, size: number, maxLines: number): void {
  doc.font(FONT).fontSize(size);
  const full = contentWidth(doc) - 80;
  const lines = Math.ceil(doc.widthOfString(text) / full);
  const lineHeight = doc.currentLineHeight(true);
  // Aim a little wider than the exact share, since words do not split evenly; keep it if it still fits.
  const even = Math.min(full, doc.widthOfString(text) / lines + 40);
  const width = doc.heightOfString(text, { width: even }) <= lines * lineHeight + 1 ? even : full;
  const x = (doc.page.width - width) / 2;
  doc.text(text, x, doc.y, { width, align: 'center', height: maxLines * lineHeight + 1, ellipsis: true });
}

/** A thick rule over a thin one around the page, as on printed certificates. */
function drawFrame(doc: Doc): void {
  const { width, height } = doc.page;
  doc.strokeColor(ACCENT);
  doc.lineWidth(3).rect(16, 16, width - 32, height - 32).stroke();
  doc.lineWidth(0.8).rect(23, 23, width - 46, height - 46).stroke();
  doc.strokeColor('black').lineWidth(1);
}

/** "{city}, {date}" / signer title / space to sign / signer name, centred on the page above the bottom edge. */
function drawSignature(doc: Doc, lh: Letterhead, date: string): void {
  const place = lh.city.trim() ? `${lh.city.trim()}, ${date}` : date;
  const opts = { width: SIGNATURE_WIDTH, align: 'center' as const, lineBreak: false };
  const x = (doc.page.width - SIGNATURE_WIDTH) / 2;
  let y = doc.page.height - MARGIN - 18 - SIGNATURE_GAP - 28;
  doc.font(FONT).fontSize(11).text(place, x, y, opts);
  if (lh.signerTitle.trim()) doc.text(lh.signerTitle.trim(), x, (y += 14), opts);
  if (lh.signerName.trim()) doc.font(BOLD).text(lh.signerName.trim(), x, y + 14 + SIGNATURE_GAP, { ...opts, underline: true });
}

/** QR of the verification URL bottom right, with the caption and the URL itself (clickable) beneath. */
function drawQr(doc: Doc, png: Buffer, url: string, caption: string): void {
  const boxWidth = 200;
  const right = doc.page.width - MARGIN;
  const top = doc.page.height - MARGIN - 22 - QR_SIZE;
  doc.image(png, right - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE, link: url });
  doc.font(FONT).fontSize(8).text(caption, right - boxWidth, top + QR_SIZE + 2, { width: boxWidth, align: 'right', lineBreak: false });
  doc.fontSize(6.5).fillColor('#555555');
  doc.text(url, right - boxWidth, doc.y + 1, { width: boxWidth, align: 'right', link: url, height: 16, ellipsis: true });
  doc.fillColor('black');
}
