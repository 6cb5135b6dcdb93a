import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import id from '../../src/web/i18n/id.json';
import { type BrowserHarness, loginThroughUi, startBrowserHarness } from '../support/browser';
import { makeNik, OTHER_KW, TEST_PASSWORD } from '../support/test-app';

let h: BrowserHarness;
beforeAll(async () => {
  h = await startBrowserHarness();
});
afterAll(() => h?.close());

/** Picks an option of a Mantine Select by its visible text. */
async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The raw count a summary tile or result tile carries. */
const valueOf = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-value');

const HASANAH_NIK = makeNik('35.27.14', '1980-03-12', 'P', '0001');
/** Month 13 in the birth date: a NIK that cannot exist. */
const IMPOSSIBLE_NIK = '3527144513850003';

/**
 * A spreadsheet as a Sampang office would keep it: two title rows, a blank row, a two-level header
 * with "Omzet" merged over "Per Bulan" | "Per Tahun" (the other headers merged down), the owner's
 * column under a header the auto-mapper does not know ("Penanggung Jawab"), a column nobody needs
 * ("Produk Unggulan"), kecamatan spelled three ways, amounts as "Rp 1.500.000" and "1,5 jt", one
 * impossible NIK, one unknown kecamatan, and one business written twice ("Bu"/"Ibu", "Keripik"/"Kripik").
 */
async function officeWorkbook(): Promise<Buffer> {
  const desa = (code: string) => {
    const found = h.t.regions.desa(code);
    if (!found) throw new Error(`no desa ${code}`);
    return found.name;
  };
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('UMKM Binaan');
  ws.addRow(['DATA UMKM BINAAN DINAS KOPERASI DAN USAHA MIKRO KABUPATEN SAMPANG']);
  ws.mergeCells('A1:N1');
  ws.addRow(['TAHUN 2026']);
  ws.mergeCells('A2:N2');
  ws.addRow([]);
  ws.addRow(['No', 'Nama Usaha', 'Penanggung Jawab', 'NIK', 'No HP/WA', 'Alamat', 'Desa', 'Kec.', 'Jenis Usaha', 'Omzet', '', 'Aset', 'Jml TK', 'Produk Unggulan']);
  ws.addRow(['', '', '', '', '', '', '', '', '', 'Per Bulan', 'Per Tahun', '', '', '']);
  ws.mergeCells('J4:K4');
  for (const col of 'ABCDEFGHILMN') ws.mergeCells(`${col}4:${col}5`);
  const rows: string[][] = [
    ['1', 'Keripik Singkong Bu Hasanah', 'Ibu Hasanah', HASANAH_NIK, '0812-3456-7001', 'Dusun Oloh RT 01', desa('35.27.14.2005'), 'Kec. Karang Penang', 'Keripik singkong', 'Rp 1.500.000', '', 'Rp 5.000.000', '2 orang', 'Keripik balado'],
    ['2', 'Batik Tulis Sampang Jaya', 'Moh. Rofiqi', makeNik('35.27.04', '1975-07-01', 'L', '0011'), '085234567002', 'Jl. Raya Camplong 12', desa('35.27.04.2001'), 'Camplong', 'Batik', '', 'Rp 60.000.000', 'Rp 20.000.000', '4', 'Batik tulis'],
    ['3', 'Kripik Singkong Hasanah', 'Bu Hasanah', HASANAH_NIK, '0812 3456 7001', 'Dsn. Oloh', desa('35.27.14.2005'), 'KARANGPENANG', 'Kripik', '1,5 jt', '', '5 jt', '2', ''],
    ['4', 'Warung Kopi Pak Salim', 'Salim', IMPOSSIBLE_NIK, '081934567004', 'Poreh', desa('35.27.14.2004'), 'Karangpenang', 'Warung kopi', 'Rp 2.000.000', '', 'Rp 3.000.000', '1', 'Kopi'],
    ['5', 'Toko Kelontong Barokah', 'Hj. Aminah', makeNik('35.27.03', '1968-11-20', 'P', '0021'), '0817 3456 7005', 'Jl. Trunojoyo 5', desa('35.27.03.1003'), 'Sampang', 'Toko kelontong', 'Rp 3.000.000', '', 'Rp 10.000.000', '3', 'Sembako'],
    ['6', 'Rengginang Lorjuk Maryam', 'Siti Maryam', makeNik('35.27.05', '1982-02-14', 'P', '0031'), '0852 3456 7006', 'Rapa Laok', desa('35.27.05.2003'), 'Omben', 'Olahan pangan', '2.500.000', '', '7.500.000', '2', 'Rengginang'],
    ['7', 'Bengkel Motor Karim Jaya', 'Abdul Karim', makeNik('35.27.05', '1979-09-09', 'L', '0041'), '0878 3456 7007', '', desa('35.27.05.2001'), 'Kec. Omben', 'Bengkel', 'Rp 4.000.000', '', 'Rp 15.000.000', '2', ''],
    ['8', 'Anyaman Pandan Hayati', 'Nur Hayati', makeNik('35.27.11', '1990-04-04', 'P', '0051'), '0813 3456 7008', 'Tobai', desa('35.27.11.2001'), 'Sokobanah', 'Kerajinan', '750rb', '', '2 jt', '1', 'Tikar pandan'],
    ['9', 'Jahit Busana Muslimah Fatimah', 'Fatimah', makeNik('35.27.01', '1985-06-06', 'P', '0061'), '0821 3456 7009', 'Taman', desa('35.27.01.2003'), 'Kec. Sukamaju', 'Jahit', 'Rp 1.000.000', '', 'Rp 2.000.000', '1', ''],
    ['10', 'Ternak Kambing Etawa Rasid', 'Mat Rasid', makeNik('35.27.07', '1970-01-15', 'L', '0071'), '0823 3456 7010', '', desa('35.27.07.2001'), 'Jrengik', 'Peternakan', 'Rp 2.000.000', '', 'Rp 25.000.000', '2', 'Susu kambing'],
    ['11', 'Sambal Lorjuk Bu Ida', 'Ida Farida', makeNik('35.27.04', '1988-08-08', 'P', '0081'), '0857 3456 7011', 'Banjar Talela', desa('35.27.04.2002'), 'camplong', 'Kuliner', '1,2 jt', '', '3 jt', '2', 'Sambal lorjuk'],
    ['12', 'Toko Pakaian Amanah', 'H. Syamsul', makeNik('35.27.12', '1965-12-01', 'L', '0091'), '0819 3456 7012', 'Pasar Ketapang', desa('35.27.12.2002'), 'Ketapang', 'Toko pakaian', 'Rp 8.000.000', '', 'Rp 30.000.000', '3', ''],
  ];
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a file from the /imports page. */
async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, label: string) {
  await page.getByTestId('import-file-input').setInputFiles(file);
  await page.getByTestId('import-label-input').fill(label);
  await page.getByTestId('import-upload').click();
}

const mappingRow = (page: Page, index: number): Locator => page.locator(`[data-testid="import-mapping-row"][data-column-index="${index}"]`);

describe('spreadsheet import and duplicate review', () => {
  it('an officer imports a messy office workbook, re-imports it harmlessly, merges the duplicate and undoes it', async () => {
    const workbook = await officeWorkbook();
    const { context, page } = await h.newPage();
    await loginThroughUi(page, 'petugas-sampang', TEST_PASSWORD);
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-upload').waitFor();

    // A file that is no spreadsheet: a clear Indonesian reason, and the upload form stays.
    await upload(page, { name: 'surat-undangan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n') }, 'Musrenbang 2026');
    await page.getByTestId('import-error').waitFor();
    expect(await page.getByTestId('import-error').textContent()).toContain(id.errors.import.not_spreadsheet);
    expect(new URL(page.url()).pathname).toBe('/imports');

    // The real workbook: title rows skipped, the two-level header understood, columns proposed.
    await upload(page, { name: 'UMKM Binaan Sampang 2026.xlsx', mimeType: XLSX, buffer: workbook }, 'Musrenbang 2026');
    await page.getByTestId('import-mapping').waitFor();
    const importId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await mappingRow(page, 1).getAttribute('data-field')).toBe('businessName');
    expect(await mappingRow(page, 7).getAttribute('data-field')).toBe('kecamatan');
    expect(await mappingRow(page, 9).getAttribute('data-field')).toBe('turnoverMonthly');
    expect(await mappingRow(page, 10).getAttribute('data-field')).toBe('turnoverYearly');
    expect(await mappingRow(page, 13).getAttribute('data-field')).toBe(''); // "Produk Unggulan": ignored
    expect(await mappingRow(page, 1).textContent()).toContain('Keripik Singkong Bu Hasanah'); // sample values
    expect(await page.getByTestId('import-same-file-warning').count()).toBe(0);

    // "Penanggung Jawab" is the owner: the mapper did not know, the officer says so.
    expect(await mappingRow(page, 2).getAttribute('data-field')).toBe('');
    await page.getByTestId('import-missing-fields').waitFor();
    expect(await page.getByTestId('import-dry-run').isDisabled()).toBe(true);
    await choose(page, 'import-field-2', id.imports.fields.ownerName);
    await expect.poll(() => mappingRow(page, 2).getAttribute('data-field')).toBe('ownerName');
    expect(await page.getByTestId('import-missing-fields').count()).toBe(0);

    // Dry run: nothing stored, every problem explained in Indonesian.
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-report').waitFor();
    expect(await valueOf(page, 'import-summary-rows')).toBe('12');
    expect(await valueOf(page, 'import-summary-valid')).toBe('10');
    expect(await valueOf(page, 'import-summary-errors')).toBe('2');
    expect(await valueOf(page, 'import-summary-already')).toBe('0');
    const nikRow = page.locator('[data-testid="import-problem-row"][data-severity="error"]').filter({ hasText: IMPOSSIBLE_NIK });
    expect(await nikRow.count()).toBe(1);
    expect(await nikRow.getAttribute('data-row')).toBe('9'); // the row number the office sees in Excel
    expect(await nikRow.textContent()).toContain(`NIK "${IMPOSSIBLE_NIK}" tidak valid`);
    expect(await nikRow.textContent()).toContain('Galat');
    expect(await page.getByTestId('import-problem-row').filter({ hasText: 'Kecamatan "Kec. Sukamaju" tidak dikenal' }).count()).toBe(1);
    const nothingYet = await h.t.app.inject({ method: 'GET', url: `/api/tenants/${OTHER_KW}/businesses`, headers: { cookie: await h.t.login('petugas-sampang') } });
    expect(nothingYet.json().total).toBe(0);

    // The full report downloads as a CSV in the user's language.
    const reportLink = page.getByTestId('import-report-link');
    expect(await reportLink.getAttribute('href')).toBe(`/api/tenants/${OTHER_KW}/imports/${importId}/report.csv?lang=id`);
    const [report] = await Promise.all([page.waitForEvent('download'), reportLink.click()]);
    const reportText = readFileSync((await report.path()), 'utf8');
    expect(reportText).toContain('Baris;Kolom;Tingkat;Pesan');
    expect(reportText).toContain(IMPOSSIBLE_NIK);

    // Commit, after a confirmation.
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm-commit').click();
    await page.getByTestId('import-result').waitFor();
    expect(await valueOf(page, 'import-result-created')).toBe('10');
    expect(await valueOf(page, 'import-result-skipped')).toBe('2');

    // The registry has them, and offers the export of what the filters match.
    await page.getByTestId('import-result-registry').click();
    await expect.poll(() => page.getByTestId('registry-total').getAttribute('data-total')).toBe('10');
    const csvLink = page.getByTestId('registry-export-csv');
    expect(await csvLink.getAttribute('href')).toBe(`/api/tenants/${OTHER_KW}/businesses/export.csv`);
    expect(await page.getByTestId('registry-export-xlsx').getAttribute('href')).toBe(`/api/tenants/${OTHER_KW}/businesses/export.xlsx`);
    await page.getByTestId('registry-search').fill('hasanah');
    await expect.poll(() => csvLink.getAttribute('href')).toBe(`/api/tenants/${OTHER_KW}/businesses/export.csv?q=hasanah`);
    const exported = await page.request.get((await csvLink.getAttribute('href'))!);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toContain('Kripik Singkong Hasanah');

    // The same file again: recognised, mapping remembered, nothing new to store.
    await page.getByTestId('nav-imports').click();
    await upload(page, { name: 'UMKM Binaan Sampang 2026 (salinan).xlsx', mimeType: XLSX, buffer: workbook }, 'Musrenbang 2026 ulang');
    await page.getByTestId('import-same-file-warning').waitFor();
    expect(await page.getByTestId('import-same-file-warning').textContent()).toContain('mengimpor lagi tidak akan menambah data');
    expect(await page.getByTestId('import-saved-mapping').count()).toBe(1);
    expect(await mappingRow(page, 2).getAttribute('data-field')).toBe('ownerName');
    const againId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-report').waitFor();
    expect(await valueOf(page, 'import-summary-already')).toBe('10');
    expect(await valueOf(page, 'import-summary-valid')).toBe('0');
    expect(await page.getByTestId('import-all-already').count()).toBe(1);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    const again = await h.t.app.inject({
      method: 'POST',
      url: `/api/tenants/${OTHER_KW}/imports/${againId}/commit`,
      headers: { cookie: await h.t.login('petugas-sampang') },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, skippedAlreadyImported: 10 });

    // History lists both uploads.
    await page.getByTestId('nav-imports').click();
    await expect.poll(() => page.getByTestId('import-history-row').count()).toBe(2);

    // Duplicates: the two spellings of Bu Hasanah's business are one pair.
    await page.getByTestId('nav-duplicates').click();
    await page.getByTestId('dup-scan').click();
    await page.getByTestId('dup-scan-result').waitFor();
    const pair = page.getByTestId('dup-pair').filter({ hasText: 'Kripik Singkong Hasanah' });
    await expect.poll(() => pair.count()).toBe(1);
    const pairId = (await pair.getAttribute('data-pair-id'))!;
    expect(await pair.getByTestId('dup-reason').filter({ hasText: 'NIK sama' }).count()).toBe(1);
    expect(await pair.getByTestId('dup-field-name').first().getAttribute('data-differs')).toBe('true');
    const keep = pair.getByTestId('dup-record').filter({ hasText: 'Keripik Singkong Bu Hasanah' });
    const keepId = (await keep.getAttribute('data-business-id'))!;
    await page.getByTestId(`dup-keep-${keepId}`).check();
    await pair.getByTestId('dup-same').click();
    await expect.poll(() => page.locator(`[data-testid="dup-pair"][data-pair-id="${pairId}"]`).count()).toBe(0);

    await page.getByTestId('dup-tab-merged').click();
    const merged = page.locator(`[data-testid="dup-pair"][data-pair-id="${pairId}"]`);
    await merged.waitFor();
    expect(await merged.getAttribute('data-status')).toBe('merged');

    // Undo the merge: the pair is back in the open queue.
    const mergeRow = page.getByTestId('merge-row').filter({ hasText: 'Kripik Singkong Hasanah' });
    await expect.poll(() => mergeRow.count()).toBe(1);
    await mergeRow.getByTestId('merge-undo').click();
    await page.getByTestId('merge-confirm-undo').click();
    await expect.poll(() => mergeRow.getAttribute('data-undone')).toBe('true');
    await page.getByTestId('dup-tab-open').click();
    const back = page.getByTestId('dup-pair').filter({ hasText: 'Kripik Singkong Hasanah' });
    await expect.poll(() => back.count()).toBe(1);
    expect(await back.getAttribute('data-status')).toBe('open');
    expect(await back.getAttribute('data-pair-id')).toBe(pairId);
    await context.close();
  });

  it('imports and duplicates are staff pages: the head of office sees duplicates only, partners neither', async () => {
    const { context, page } = await h.newPage({ phone: true });
    await loginThroughUi(page, 'kadis', TEST_PASSWORD);
    await page.getByTestId('app-burger').click();
    await page.getByTestId('nav-duplicates').waitFor();
    expect(await page.getByTestId('nav-imports').count()).toBe(0);
    await page.getByTestId('nav-duplicates').click();
    await page.getByTestId('dup-tab-open').waitFor();
    expect(await page.getByTestId('dup-scan').count()).toBe(0);
    await page.goto('/imports');
    await page.getByTestId('error-forbidden').waitFor();
    await context.close();

    // A partner has no registry at all: no menu entries, the forbidden page if typed in.
    const partner = await h.newPage();
    await partner.page.goto('/login');
    await partner.page.getByTestId('login-username').fill('mitra');
    await partner.page.getByTestId('login-password').fill(TEST_PASSWORD);
    await partner.page.getByTestId('login-submit').click();
    await partner.page.getByTestId('partner-home').waitFor();
    expect(await partner.page.getByTestId('nav-imports').count()).toBe(0);
    expect(await partner.page.getByTestId('nav-duplicates').count()).toBe(0);
    await partner.page.goto('/duplicates');
    await partner.page.getByTestId('error-forbidden').waitFor();
    await partner.context.close();
  });
});
