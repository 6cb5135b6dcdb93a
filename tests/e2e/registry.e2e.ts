import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, loginThroughUi, startBrowserHarness } from '../support/browser';
import { businessPayload, KW, makeNik, TEST_PASSWORD } from '../support/test-app';

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

describe('officer journey', () => {
  it('logs in, creates a business (after fixing a bad NIK), finds it, sees it in the recap and downloads the xlsx', async () => {
    const { context, page } = await h.newPage();
    await loginThroughUi(page, 'petugas', TEST_PASSWORD);
    const kec = h.t.kecamatan[1]!;
    const kecName = h.t.regions.kecamatan(kec.code)!.name;
    const desaName = h.t.regions.desa(kec.desa)!.name;

    await page.getByTestId('business-new').click();
    await page.getByTestId('form-name').fill('Keripik Pisang Teh Imas');
    await page.getByTestId('form-owner-fullName').fill('Imas Masitoh');
    await page.getByTestId('form-owner-nik').fill('12345');
    await page.getByTestId('form-owner-phone').fill('0813-2211-4455');
    await choose(page, 'form-kecamatan', kecName);
    await choose(page, 'form-desa', desaName);
    await choose(page, 'form-sector', 'Kuliner');
    await page.getByTestId('form-annualSales').fill('84000000');
    await page.getByTestId('form-submit').click();
    await expect.poll(() => page.getByText('NIK harus 16 angka').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('detail-name').count()).toBe(0); // nothing stored, still on the form

    await page.getByTestId('form-owner-nik').fill(makeNik(kec.code, '1984-05-09', 'P'));
    await page.getByTestId('form-submit').click();
    await page.getByTestId('detail-name').waitFor();
    expect(await page.getByTestId('detail-name').textContent()).toContain('Keripik Pisang Teh Imas');

    await page.goto('/');
    await page.getByTestId('registry-search').fill('pisang imas');
    await expect.poll(() => page.getByTestId('registry-row').filter({ hasText: 'Keripik Pisang Teh Imas' }).count()).toBe(1);

    await page.goto('/recap');
    const row = page.locator(`[data-testid="recap-row"][data-kecamatan="${kec.code}"]`);
    await row.waitFor();
    expect(await row.locator('[data-col="micro"]').textContent()).toBe('1');
    expect(await row.locator('[data-col="total"]').textContent()).toBe('1');
    expect(await page.getByTestId('recap-total-row').locator('[data-col="total"]').textContent()).toBe('1');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('recap-download-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^rekap-umkm-3204-\d{4}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())) as unknown as ArrayBuffer);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain(kecName);
    await context.close();
  });
});

describe('assistant journey', () => {
  it('on a phone, an assistant cannot open a business of another kecamatan', async () => {
    const officer = await h.t.login('petugas');
    const other = await h.t.app.inject({
      method: 'POST',
      url: `/api/tenants/${KW}/businesses`,
      headers: { cookie: officer },
      payload: businessPayload(h.t.kecamatan[2]!, { name: 'Kopi Malabar Mandiri', owner: { fullName: 'Iwan Setiawan' } }),
    });
    expect(other.statusCode).toBe(201);
    const { context, page } = await h.newPage({ phone: true });
    await loginThroughUi(page, 'pendamping', TEST_PASSWORD);
    await page.getByTestId('registry-search').fill('malabar');
    await expect.poll(() => page.getByTestId('registry-empty').count()).toBe(1);
    await page.goto(`/businesses/${other.json().id}`);
    await page.getByTestId('error-forbidden').waitFor();
    expect(await page.getByText('Kopi Malabar Mandiri').count()).toBe(0);
    await context.close();
  });
});
