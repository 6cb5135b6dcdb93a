import { and, eq, inArray } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followupCheckins } from '../../src/server/modules/followup/followup.table';
import { type BrowserHarness, loginThroughUi, startBrowserHarness } from '../support/browser';
import { type Cohort, type CohortMember, completedCohort } from '../support/followup-fixture';
import { KW, TEST_PASSWORD } from '../support/test-app';

/**
 * Issue 5's "done": the assistant's offline field app (/lapangan/) and the office outcome dashboard.
 * The assistant downloads the worklist, loses the network, reopens the app from the service worker's cache
 * with the worklist from IndexedDB, records three visits that stay on the phone, gets the network back and
 * sees them sent; the head of office then reads the new survival and sales figures of the programme.
 */

let h: BrowserHarness;
let officer = '';
let cohort: Cohort;
const api = `/api/tenants/${KW}/followup`;
const TITLE = 'Pelatihan Pembukuan Lapangan';

beforeAll(async () => {
  h = await startBrowserHarness();
  officer = await h.t.login('petugas');
  // Three businesses in the assistant's kecamatan, baseline Rp8.000.000 a month and 1 + 2 workers, who
  // finished 40 days ago: each one's +1 month visit is overdue.
  cohort = await completedCohort(h.t, officer, { size: 3, completedDaysAgo: 40, serialBase: 5300, title: TITLE });
});
afterAll(() => h?.close());

async function apiGet(cookie: string, url: string) {
  const res = await h.t.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The check-ins the server holds for the cohort's businesses. */
function storedCheckins() {
  return h.t.database.db
    .select({ businessId: followupCheckins.businessId, taskId: followupCheckins.taskId, channel: followupCheckins.channel, status: followupCheckins.status, statusReason: followupCheckins.statusReason, monthlySales: followupCheckins.monthlySales, workersMale: followupCheckins.workersMale, workersFemale: followupCheckins.workersFemale })
    .from(followupCheckins)
    .where(and(eq(followupCheckins.kodeWilayah, KW), inArray(followupCheckins.businessId, cohort.members.map((m) => m.businessId))));
}

/** The names on the task cards shown in the current tab (open tasks are links with test id `task`). */
const taskNames = (page: Page) => page.getByTestId('task').locator('.task-name').allTextContents();

async function openTab(page: Page, name: string) {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/** Saves the check-in form; an unlikely figure's question is confirmed if one appears. Back on the worklist afterwards. */
async function save(page: Page) {
  const form = page.getByTestId('checkin-form');
  await page.getByTestId('checkin-save').click();
  const confirmBox = page.getByTestId('checkin-confirm-box');
  // Either the form closes (saved) or the question appears under it; whichever happens first.
  await confirmBox.or(page.getByRole('tablist')).first().waitFor();
  if (await confirmBox.isVisible()) {
    await page.getByTestId('checkin-confirm').check();
    await page.getByTestId('checkin-save').click();
  }
  await form.waitFor({ state: 'detached' });
  await page.getByRole('tablist').waitFor();
}

/** Opens the overdue task of `member` from the "Terlambat" tab; the form names the business. */
async function openTask(page: Page, member: CohortMember): Promise<Locator> {
  await page.getByTestId('task').filter({ hasText: member.name }).click();
  const form = page.getByTestId('checkin-form');
  await form.waitFor();
  expect(await page.locator('.card.who h2').textContent()).toBe(member.name);
  expect(await page.locator('.card.who').textContent()).toContain(`${TITLE}, tindak lanjut +1 bulan`);
  return form;
}

describe('field assistant offline check-ins and the programme dashboard (phone, 360 px)', () => {
  it('loads the worklist, goes offline, records three check-ins, syncs them when back online, and the dashboard shows the new survival and sales figures', async () => {
    const [a, b, c] = cohort.members as [CohortMember, CohortMember, CohortMember];
    const names = cohort.members.map((m) => m.name).sort();
    const { context, page } = await h.newPage({ phone: true });
    const status = page.getByTestId('sync-status');
    const flash = page.getByTestId('flash');
    // Any uncaught error in the field app (offline included) fails the journey.
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // 1. Log in (needs the network once) and download the worklist.
    await page.goto('/lapangan/');
    await page.getByTestId('login-username').fill('pendamping');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    // Logging in fetches the pack by itself (the button then says "Perbarui"); the button downloads it again on demand.
    const download = page.getByTestId('pack-download');
    await expect.poll(() => page.getByTestId('pack-info').textContent(), { timeout: 15_000 }).toMatch(/^Daftar kerja diunduh /);
    await expect.poll(() => download.textContent()).toBe('Perbarui daftar kerja');
    expect(await download.isEnabled()).toBe(true);
    const [packReply] = await Promise.all([page.waitForResponse((r) => r.url().includes('/followup/field-pack') && r.request().method() === 'GET'), download.click()]);
    expect(packReply.status()).toBe(200);
    const pack = await packReply.json();
    await expect.poll(() => flash.textContent()).toContain(`Daftar kerja diunduh: ${pack.tasks.length} tugas.`);
    await openTab(page, 'Terlambat');
    await expect.poll(async () => (await taskNames(page)).sort()).toEqual(names);
    expect(await page.getByRole('tab', { name: 'Terlambat' }).textContent()).toBe('Terlambat 3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await status.getAttribute('data-online')).toBe('true');

    // The service worker has installed (precached the shell) and controls the page before the network goes.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 30_000 });

    // 2. Offline. The app reopens from the service worker's cache and the worklist from IndexedDB.
    await context.setOffline(true);
    await expect.poll(() => status.getAttribute('data-online')).toBe('false');
    // Really cut off, not just told so: the server cannot be reached from the page.
    expect(await page.evaluate(() => fetch('/api/auth/me').then(() => 'reached', () => 'unreachable'))).toBe('unreachable');
    const reopened = await page.reload();
    expect(reopened?.fromServiceWorker()).toBe(true);
    await status.waitFor();
    // Offline as soon as the app finds the server unreachable (the browser's own flag may still say online).
    await expect.poll(() => status.getAttribute('data-online')).toBe('false');
    expect(await status.textContent()).toContain('Offline');
    await page.getByRole('tablist').waitFor();
    expect(await page.getByRole('tab', { name: 'Terlambat' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(async () => (await taskNames(page)).sort()).toEqual(names);

    // 3. Three visits, still offline: each is kept on the phone and its task leaves "Terlambat".
    // (a) Active, Rp12.000.000 a month, 1 man and 3 women.
    await openTask(page, a);
    await page.getByRole('radio', { name: 'Aktif', exact: true }).check();
    const sales = page.getByTestId('checkin-sales');
    expect(await page.getByLabel('Omzet per bulan (Rp)').getAttribute('data-testid')).toBe('checkin-sales');
    await sales.fill('12000000');
    expect(await sales.inputValue()).toBe('12.000.000');
    await page.getByLabel('Laki-laki', { exact: true }).fill('1');
    await page.getByLabel('Perempuan', { exact: true }).fill('3');
    await save(page);
    await expect.poll(() => flash.textContent()).toContain('Tersimpan di HP, menunggu kirim');
    await expect.poll(() => status.getAttribute('data-waiting')).toBe('1');
    expect(await page.getByRole('tab', { name: 'Terlambat' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(async () => (await taskNames(page)).sort()).toEqual([b.name, c.name].sort());

    // (b) Active, Rp9.000.000 a month, workers not asked.
    await openTask(page, b);
    await page.getByRole('radio', { name: 'Aktif', exact: true }).check();
    await page.getByTestId('checkin-sales').fill('9000000');
    await save(page);
    await expect.poll(() => flash.textContent()).toContain('Tersimpan di HP, menunggu kirim');
    await expect.poll(() => status.getAttribute('data-waiting')).toBe('2');

    // (c) Closed, with the reason (required for a closed business: saving without it is refused on the phone).
    await openTask(page, c);
    await page.getByRole('radio', { name: 'Tutup', exact: true }).check();
    await page.getByTestId('checkin-save').click();
    const reason = page.getByTestId('checkin-reason');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('checkin-errors').textContent()).toContain('Ada isian yang perlu diperbaiki');
    expect(await status.getAttribute('data-waiting')).toBe('2');
    expect(await page.getByLabel('Alasan').getAttribute('data-testid')).toBe('checkin-reason');
    await reason.fill('Modal habis, pemilik sekarang bekerja di pabrik');
    await save(page);
    await expect.poll(() => flash.textContent()).toContain('Tersimpan di HP, menunggu kirim');

    await expect.poll(() => status.getAttribute('data-waiting')).toBe('3');
    expect(await status.getAttribute('data-online')).toBe('false');
    expect(await status.getAttribute('data-decide')).toBe('0');
    expect(await status.textContent()).toContain('3 menunggu dikirim');
    expect(await page.getByTestId('task').count()).toBe(0);
    expect(await page.getByRole('tabpanel').textContent()).toContain('Tidak ada tugas yang terlambat.');
    // The visits count as done on the phone at once, marked as not sent yet.
    await openTab(page, 'Selesai');
    const doneCards = page.getByRole('tabpanel').locator('.task');
    await expect.poll(() => doneCards.filter({ hasText: 'Tersimpan di HP, menunggu kirim' }).count()).toBe(3);

    // 4. Nothing has reached the server: no check-in stored, the tasks still overdue there.
    expect(await storedCheckins()).toEqual([]);
    const stillOpen = await apiGet(officer, `${api}/worklist?state=overdue&programmeId=${cohort.programmeId}`);
    expect(stillOpen.items.map((t: { businessName: string }) => t.businessName).sort()).toEqual(names);

    // 5. Back online: the queue is sent by itself.
    await context.setOffline(false);
    await expect.poll(() => status.getAttribute('data-online'), { timeout: 30_000 }).toBe('true');
    await expect.poll(() => status.getAttribute('data-waiting'), { timeout: 30_000 }).toBe('0');
    await expect.poll(() => status.getAttribute('data-syncing'), { timeout: 30_000 }).toBe('false');
    await expect.poll(() => status.textContent()).toContain('Semua terkirim');
    expect(await status.getAttribute('data-decide')).toBe('0');
    // "Waiting to send" is no longer said anywhere; the done tab now holds the server's done tasks.
    await expect.poll(() => page.getByText('Tersimpan di HP, menunggu kirim').count()).toBe(0);
    await expect.poll(() => doneCards.count()).toBe(3);
    expect(await doneCards.allTextContents()).toEqual(expect.arrayContaining(names.map((n) => expect.stringContaining(n))));

    // Stored exactly once each, as recorded.
    const stored = await storedCheckins();
    expect(stored).toHaveLength(3);
    const byBusiness = new Map(stored.map((s) => [s.businessId, s]));
    expect(byBusiness.get(a.businessId)).toMatchObject({ channel: 'app', status: 'active', monthlySales: 12_000_000, workersMale: 1, workersFemale: 3 });
    expect(byBusiness.get(b.businessId)).toMatchObject({ channel: 'app', status: 'active', monthlySales: 9_000_000, workersMale: null, workersFemale: null });
    expect(byBusiness.get(c.businessId)).toMatchObject({ channel: 'app', status: 'closed', statusReason: 'Modal habis, pemilik sekarang bekerja di pabrik' });
    expect(byBusiness.get(c.businessId)!.monthlySales ?? 0).toBe(0);
    // The three +1 month tasks are done on the server, each closed by its check-in.
    const done = await apiGet(officer, `${api}/worklist?state=done&programmeId=${cohort.programmeId}`);
    expect(done.items.map((t: { businessName: string }) => t.businessName).sort()).toEqual(names);
    for (const task of done.items as { id: string; businessId: string; offsetMonths: number }[]) {
      expect(task.offsetMonths).toBe(1);
      expect(byBusiness.get(task.businessId)!.taskId).toBe(task.id);
    }
    expect(pageErrors).toEqual([]);
    await context.close();

    // 6. The head of office reads the programme's outcome dashboard on a phone.
    const office = await h.newPage({ phone: true });
    await loginThroughUi(office.page, 'kadis', TEST_PASSWORD);
    await office.page.goto(`/programmes/${cohort.programmeId}/outcomes`);
    const outcomes = office.page.getByTestId('outcomes');
    await outcomes.waitFor();
    const asOf = await office.page.getByTestId('outcomes-asof').inputValue();
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // What the API says for the same programme and date, as the head of office.
    const head = await h.t.login('kadis');
    const reply = await apiGet(head, `${api}/outcomes?programmeId=${cohort.programmeId}&asOf=${asOf}`);
    expect(reply.cohorts).toHaveLength(1);
    const figures = reply.cohorts[0];
    // Survival at 1 month: 3 of 3. The closure was recorded after the 1-month point, so it still traded then.
    expect(figures.survival.find((p: { months: number }) => p.months === 1)).toEqual({ months: 1, atRisk: 3, surviving: 3, rate: 1 });
    // Sales vs the Rp8.000.000 baseline: +50 %, +12,5 %, −100 % (closed sells nothing): median +12,5 %, +Rp1.000.000.
    expect(figures).toMatchObject({ participants: 3, medianSalesChangePercent: 12.5, medianSalesChangeRupiah: 1_000_000, salesSample: 3, closedLatest: 1, dormantLatest: 0 });
    // Jobs: (a) 3 → 4, (b) not asked, (c) closed → 0: +1 − 3.
    expect(figures.netJobs).toBe(-2);
    expect(reply.followup).toMatchObject({ due: 3, done: 3, overdue: 0 });

    // The page shows the same figures.
    const section = office.page.getByTestId('cohort');
    await section.waitFor();
    expect(await outcomes.textContent()).toContain(TITLE);
    const oneMonth = section.locator('[data-testid="survival-row"][data-months="1"]');
    expect(Number(await oneMonth.getAttribute('data-rate'))).toBe(figures.survival.find((p: { months: number }) => p.months === 1).rate);
    const oneMonthText = (await oneMonth.textContent())!;
    expect(oneMonthText).toContain('+1 bulan');
    expect(oneMonthText).toContain('100%');
    expect(oneMonthText).toContain('3 dari 3');
    const salesFigure = section.getByTestId('figure-sales');
    expect(Number(await salesFigure.getAttribute('data-value'))).toBe(figures.medianSalesChangePercent);
    const salesText = (await salesFigure.textContent())!;
    expect(salesText).toContain('Perubahan omzet (median)');
    expect(salesText).toContain('+12,5%');
    expect(salesText).toContain('+Rp 1.000.000 per bulan dibanding awal, dari 3 usaha');
    expect(Number(await section.getByTestId('figure-jobs').getAttribute('data-value'))).toBe(figures.netJobs);
    expect(await section.getByTestId('figure-jobs').textContent()).toContain('\u22122');
    expect(await section.textContent()).toContain('Terakhir: 0 tidak aktif sementara, 1 tutup.');
    expect(await section.getByTestId('survival-chart').textContent()).toContain('1 bulan 100%');
    const coverage = office.page.getByTestId('coverage');
    expect([await coverage.getAttribute('data-due'), await coverage.getAttribute('data-done'), await coverage.getAttribute('data-overdue')]).toEqual(['3', '3', '0']);
    await office.context.close();
  });
});
