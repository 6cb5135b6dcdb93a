import { describe, expect, it } from 'vitest';
import type { Letterhead } from '../recap/recap.types';
import { renderCertificatePdf, type CertificatePdfInput } from './certificate.pdf';

const letterhead: Letterhead = {
  government: 'PEMERINTAH KABUPATEN BANDUNG',
  office: 'DINAS KOPERASI DAN USAHA MIKRO',
  address: 'Jl. Raya Soreang Km. 17, Soreang 40911',
  contact: 'Telp. (022) 5891234',
  city: 'Soreang',
  signerTitle: 'KEPALA DINAS',
  signerName: 'ASEP SUDRAJAT',
};

const input: CertificatePdfInput = {
  lang: 'id',
  letterhead,
  number: '032/SERT/DINKOP-UKM/2026',
  participantName: 'Siti Aminah',
  businessName: 'Keripik Tempe Bu Siti',
  programmeTitle: 'Pelatihan Pemasaran Digital',
  batchName: 'Angkatan 1',
  startsOn: '2026-12-03',
  endsOn: '2026-12-05',
  attendancePercent: 83.3,
  issuedAt: '2026-12-05T17:30:00.000Z', // 00:30 on 6 December in Jakarta
  verifyUrl: 'https://berdaya.bandungkab.go.id/verifikasi/sertifikat/0190f3a2-7c1e-7b4a-9d2e-5f6a7b8c9d0e',
};

/** Page objects in uncompressed output; `/Type /Pages` (the page tree) is not a page. */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type \/Page(?!s)/g) ?? []).length;

/** WinAnsi codes above Latin-1 that these texts use (Node's TextDecoder reads 'windows-1252' as Latin-1). */
const WIN_ANSI: Record<string, string> = { '\x85': '…', '\x91': '‘', '\x92': '’', '\x93': '“', '\x94': '”', '\x96': '–', '\x97': '—' };

/**
 * The text drawn on the page, one entry per text-showing operator: pdfkit writes each line as a `[…] TJ`
 * array of WinAnsi hex strings split at kerning adjustments, readable when `compress: false`.
 */
function shownText(pdf: Buffer): string[] {
  const decode = (hex: string): string => Buffer.from(hex, 'hex').toString('latin1').replace(/[\x80-\x9f]/g, (c) => WIN_ANSI[c] ?? c);
  return [...pdf.toString('latin1').matchAll(/\[([^\]]*)\] TJ/g)].map(([, array]) =>
    [...(array ?? '').matchAll(/<([0-9a-f]*)>/gi)].map(([, hex]) => decode(hex ?? '')).join(''),
  );
}

const render = (over: Partial<CertificatePdfInput> = {}): Promise<Buffer> =>
  renderCertificatePdf({ ...input, ...over }, { compress: false });

describe('renderCertificatePdf', () => {
  it('renders one Indonesian page with the participant, number, dates, attendance and issue date', async () => {
    const pdf = await render();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    const text = shownText(pdf);
    expect(text).toContain('SERTIFIKAT');
    expect(text).toContain('Siti Aminah');
    expect(text).toContain('Nomor: 032/SERT/DINKOP-UKM/2026');
    expect(text).toContain('pemilik usaha Keripik Tempe Bu Siti');
    expect(text.join(' ')).toContain(
      'telah menyelesaikan Pelatihan Pemasaran Digital — Angkatan 1, 3–5 Desember 2026 dengan kehadiran 83%',
    );
    expect(text).toContain('Soreang, 6 Desember 2026');
    expect(text).toContain('Pindai untuk memeriksa keaslian');
    expect(text).toContain('PEMERINTAH KABUPATEN BANDUNG');
  });

  it('renders in English when asked', async () => {
    const text = shownText(await render({ lang: 'en', startsOn: '2026-11-28', endsOn: '2026-12-02' }));
    expect(text).toContain('CERTIFICATE');
    expect(text).toContain('awarded to');
    expect(text).toContain('Scan to verify');
    expect(text).toContain('Siti Aminah');
    // ICU's thin spaces around the dash are printed as plain spaces (the standard fonts lack them).
    expect(text.join(' ')).toContain('28 November – 2 December 2026, with 83% attendance');
    expect(text).toContain('Soreang, 6 December 2026');
    expect(text).not.toContain('SERTIFIKAT');
  });

  it('embeds the QR as an image and links it to the verification URL', async () => {
    const raw = (await render()).toString('latin1');
    expect(raw).toMatch(/\/Subtype \/Image/);
    expect(raw).toContain(`/URI (${input.verifyUrl})`);
  });

  it('stays on one page with very long names and an empty letterhead', async () => {
    const empty: Letterhead = { government: '', office: '', address: '', contact: '', city: '', signerTitle: '', signerName: '' };
    const long = 'Raden Ajeng Siti Nurhaliza Kusumawardhani Purbasari Wiryaatmadja binti Haji Abdurrahman Suryanegara';
    const pdf = await render({ letterhead: empty, participantName: long, programmeTitle: `${long} `.repeat(4) });
    expect(pageCount(pdf)).toBe(1);
    expect(shownText(pdf)).toContain(long);
  });

  it('is byte-for-byte reproducible for the same input', async () => {
    const a = await renderCertificatePdf(input);
    const b = await renderCertificatePdf(input);
    expect(a.equals(b)).toBe(true);
  });
});
