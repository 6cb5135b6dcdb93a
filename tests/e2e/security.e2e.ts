import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type BrowserHarness, loginThroughUi, startBrowserHarness } from '../support/browser';
import { TEST_PASSWORD } from '../support/test-app';

let h: BrowserHarness;
beforeAll(async () => {
  h = await startBrowserHarness();
});
afterAll(() => h?.close());

/** Collects every content-security-policy violation the page reports (console and DOM event). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

describe('security headers in the browser', () => {
  it('the office app works under its content security policy: login, registry, password rules', async () => {
    const { context, page } = await h.newPage();
    const violations = await watchCsp(page);
    const first = await page.goto('/login');
    const headers = first!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toBeUndefined(); // plain HTTP here

    // The login POST carries the page's Origin and passes the origin check.
    await loginThroughUi(page, 'petugas', TEST_PASSWORD);
    await page.getByTestId('registry-search').fill('kopi');

    // A guessable new password is refused with the estimator's hint, in Indonesian.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-change-password').click();
    await page.getByTestId('password-current').fill(TEST_PASSWORD);
    await page.getByTestId('password-new').fill('aaaaaaaaaa');
    await page.getByTestId('password-confirm').fill('aaaaaaaaaa');
    await page.getByTestId('password-submit').click();
    await page.getByText('Kata sandi terlalu mudah ditebak. Karakter yang berulang').waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the owner portal and the field app (with its service worker) load without a violation', async () => {
    const { context, page } = await h.newPage({ phone: true });
    const violations = await watchCsp(page);
    await page.goto('/portal');
    await page.waitForLoadState('networkidle');
    await page.goto('/lapangan/');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('a page of another site cannot post to the API', async () => {
    const { context, page } = await h.newPage();
    await page.goto('/login');
    // The same request the login form sends, but declared as coming from elsewhere.
    const res = await page.request.post('/api/auth/login', {
      data: { username: 'petugas', password: TEST_PASSWORD },
      headers: { origin: 'https://jahat.example' },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.messageKey).toBe('errors.origin');
    await context.close();
  });
});
