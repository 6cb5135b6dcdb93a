import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, loginThroughUi, startBrowserHarness } from '../support/browser';
import { KW, TEST_PASSWORD } from '../support/test-app';

let h: BrowserHarness;
beforeAll(async () => {
  h = await startBrowserHarness();
});
afterAll(() => h?.close());

const SIGNER = 'Drs. Hendra Gunawan, M.Si.';

describe('office settings', () => {
  it('an admin changes the signer and the scale rule; both survive a reload and are stored', async () => {
    const { context, page } = await h.newPage();
    await loginThroughUi(page, 'admin', TEST_PASSWORD);
    await page.getByTestId('nav-settings').click();
    const signer = page.getByTestId('settings-signerName');
    await signer.waitFor();
    expect(await page.getByTestId('settings-scaleRule-PP7_2021').isChecked()).toBe(true);

    await signer.fill(SIGNER);
    await expect.poll(() => page.getByTestId('settings-preview').textContent()).toContain(SIGNER);
    await page.getByTestId('settings-scaleRule-UU20_2008').check();
    await page.getByTestId('settings-save').click();
    await page.getByText('Pengaturan dinas sudah disimpan.').waitFor();

    await page.reload();
    await signer.waitFor();
    await expect.poll(() => signer.inputValue()).toBe(SIGNER);
    expect(await page.getByTestId('settings-scaleRule-UU20_2008').isChecked()).toBe(true);
    expect(await page.getByTestId('settings-scaleRule-PP7_2021').isChecked()).toBe(false);
    expect(await page.getByTestId('settings-preview').textContent()).toContain(SIGNER);
    await context.close();

    const res = await h.t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/settings`, headers: { cookie: await h.t.login('admin') } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ scaleRuleId: 'UU20_2008', letterhead: { signerName: SIGNER, signerTitle: 'Kepala Dinas' } });
  });

  it('an officer gets neither the menu item nor the page', async () => {
    const { context, page } = await h.newPage();
    await loginThroughUi(page, 'petugas', TEST_PASSWORD);
    expect(await page.getByTestId('nav-recap').count()).toBe(1);
    expect(await page.getByTestId('nav-settings').count()).toBe(0);
    expect(await page.getByTestId('nav-audit').count()).toBe(0);
    await page.goto('/settings');
    await page.getByTestId('error-forbidden').waitFor();
    expect(await page.getByTestId('settings-save').count()).toBe(0);
    await context.close();
  });
});

describe('partner home', () => {
  it('a partner sees a friendly home instead of the registry, and no registry or recap in the menu', async () => {
    const { context, page } = await h.newPage();
    // loginThroughUi waits for the registry search, which partners never get.
    await page.goto('/login');
    await page.getByTestId('login-username').fill('mitra');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('partner-home').waitFor();
    expect(await page.getByTestId('partner-home').textContent()).toContain('Akun mitra belum punya akses ke registri');
    expect(await page.getByTestId('nav-registry').count()).toBe(0);
    expect(await page.getByTestId('nav-recap').count()).toBe(0);
    expect(await page.getByTestId('nav-settings').count()).toBe(0);
    expect(await page.getByTestId('registry-search').count()).toBe(0);

    await page.goto('/recap');
    await page.getByTestId('error-forbidden').waitFor();
    await context.close();
  });
});
