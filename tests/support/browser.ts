import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from './test-app';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no internet and running as root. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface BrowserHarness {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh context (own cookies) with a phone-sized or desktop viewport. */
  newPage(opts?: { phone?: boolean; locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * Starts the real server (API + built web app) on a random port and launches headless Chromium;
 * `extraArgs` adds Chromium flags (e.g. a fake camera) to the fixed ones.
 */
export async function startBrowserHarness(opts: { extraArgs?: string[] } = {}): Promise<BrowserHarness> {
  if (!existsSync('dist/web/index.html')) throw new Error('web app not built: run npm run build:web (npm test does)');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium (.ci/run does)`);
  const t = await startTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...FLAGS, ...(opts.extraArgs ?? [])], headless: true });
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({
        baseURL: `http://127.0.0.1:${port}`,
        viewport: opts.phone ? { width: 360, height: 740 } : { width: 1280, height: 800 },
        isMobile: opts.phone ?? false,
        hasTouch: opts.phone ?? false,
        locale: opts.locale ?? 'id-ID',
        acceptDownloads: true,
      });
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Logs in through the login form. */
export async function loginThroughUi(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('registry-search').waitFor();
}
