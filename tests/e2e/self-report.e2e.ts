import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSelfReportToken } from '../../src/server/modules/followup/self-report-token';
import { loadOrCreateSecret } from '../../src/server/lib/secret';
import { type BrowserHarness, startBrowserHarness } from '../support/browser';
import { completedCohort, type Cohort } from '../support/followup-fixture';
import { KW } from '../support/test-app';

let h: BrowserHarness;
let officer = '';
let cohort: Cohort;
const api = `/api/tenants/${KW}/followup`;

beforeAll(async () => {
  h = await startBrowserHarness();
  officer = await h.t.login('petugas');
  // Owners who finished a programme 40 days ago: their +1 month follow-up is due.
  cohort = await completedCohort(h.t, officer, { size: 3, completedDaysAgo: 40, serialBase: 7100, title: 'Kelas Jualan Online' });
});
afterAll(() => h?.close());

/** An officer's API call (the office side is not what this journey is about). */
async function asOfficer(method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await h.t.app.inject({ method, url, headers: { cookie: officer }, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

/** The personal link of a member's +1 month task, as the office asks for it: the path part of its URL. */
async function linkFor(businessId: string): Promise<{ path: string; taskId: string }> {
  const worklist = await asOfficer('GET', `${api}/worklist?state=all`);
  const task = worklist.items.find((x: { businessId: string; offsetMonths: number }) => x.businessId === businessId && x.offsetMonths === 1);
  const link = await asOfficer('POST', `${api}/tasks/${task.id}/self-report-link`);
  return { path: new URL(link.url, h.baseUrl).pathname, taskId: task.id };
}

describe('owner self-report through a personal link', () => {
  it('on a 360 px phone: questions an unlikely figure, sends once though the reply is lost, then says it is received; a forged link is refused', async () => {
    const member = cohort.members[0]!;
    const { path } = await linkFor(member.businessId);
    const { context, page } = await h.newPage({ phone: true });
    let posts = 0;
    // The first reply is lost on the way back (the server has stored the report): the page sends it again by itself.
    await page.route('**/api/self-report/**', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts += 1;
      if (posts > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.goto(path);

    const form = page.getByTestId('report-form');
    await form.waitFor();
    expect(await form.textContent()).toContain(`Halo, pemilik ${member.name}!`);
    expect(await form.textContent()).toContain('Program: Kelas Jualan Online');
    expect(await page.getByTestId('report-progress').textContent()).toBe('Langkah 1 dari 6');
    // Big targets and no sideways scrolling on a small phone.
    const choice = page.locator('label.choice').first();
    expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(52);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Nothing chosen: the error is under the question, and the step stays.
    await page.getByTestId('report-next').click();
    expect(await form.textContent()).toContain('Pilih salah satu.');
    await page.getByTestId('report-status-active').check();
    await page.getByTestId('report-next').click();

    // Omzet: digits grouped as typed; 15 times the Rp8.000.000 on record is asked about before moving on.
    await expect.poll(() => form.getAttribute('data-step')).toBe('sales');
    expect(await form.textContent()).toContain('Terakhir tercatat: Rp8.000.000 sebulan.');
    const sales = page.getByTestId('report-sales');
    expect(await sales.getAttribute('inputmode')).toBe('numeric');
    await sales.fill('120000000');
    expect(await sales.inputValue()).toBe('120.000.000');
    await page.getByTestId('report-next').click();
    const question = page.getByTestId('report-question');
    await question.waitFor();
    expect(await question.textContent()).toContain('dulu Rp8.000.000, sekarang Rp120.000.000');
    expect(await form.getAttribute('data-step')).toBe('sales');
    await page.getByTestId('report-confirm').check();
    await page.getByTestId('report-next').click();

    await expect.poll(() => form.getAttribute('data-step')).toBe('workers');
    await page.getByTestId('report-workers-male').fill('1');
    await page.getByTestId('report-workers-female').fill('3');
    await page.getByTestId('report-next').click();

    await expect.poll(() => form.getAttribute('data-step')).toBe('selling');
    await page.getByTestId('report-new-products-yes').check();
    await page.getByTestId('report-new-products-text').fill('Keripik rasa balado');
    await page.getByTestId('report-channel-whatsapp').check();
    await page.getByTestId('report-channel-marketplace').check();
    await page.getByTestId('report-next').click();

    await expect.poll(() => form.getAttribute('data-step')).toBe('licences');
    await page.getByTestId('report-licence-PIRT').check();
    await page.getByTestId('report-next').click();

    await expect.poll(() => form.getAttribute('data-step')).toBe('needs');
    await page.getByTestId('report-problems').fill('Bahan baku naik');
    await page.getByTestId('report-need-packaging').check();
    await page.getByTestId('report-send').click();

    const thanks = page.getByTestId('report-thanks');
    await thanks.waitFor({ timeout: 15_000 });
    expect(await thanks.textContent()).toContain('Terima kasih, laporan sudah diterima');
    expect(posts).toBe(2);

    // Stored once, as the owner said it.
    const list = await asOfficer('GET', `${api}/checkins?businessId=${member.businessId}`);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      channel: 'self', status: 'active', monthlySales: 120_000_000, workersMale: 1, workersFemale: 3, newProducts: 'Keripik rasa balado',
      salesChannels: ['whatsapp', 'marketplace'], licencesObtained: ['PIRT'], problems: 'Bahan baku naik', needs: ['packaging'],
    });

    // The same link again: already received, no form.
    await page.goto(path);
    const done = page.getByTestId('report-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('sudah diterima');
    expect(await page.getByTestId('report-form').count()).toBe(0);

    // One character of the signature changed: not a link we issued.
    const forged = path.slice(0, -1) + (path.endsWith('A') ? 'B' : 'A');
    await page.goto(forged);
    const invalid = page.getByTestId('report-invalid');
    await invalid.waitFor();
    expect(await invalid.textContent()).toContain('Tautan tidak sah');
    expect(await invalid.textContent()).toContain('Hubungi pendamping Anda');
    await context.close();
  });

  it('an expired link says to ask the assistant for a new one; a closed business is asked only why, in English on request', async () => {
    const member = cohort.members[1]!;
    const { path, taskId } = await linkFor(member.businessId);
    const { context, page } = await h.newPage({ phone: true });
    const secret = loadOrCreateSecret(h.t.config.DATA_DIR, h.t.config.APP_SECRET);
    const expired = signSelfReportToken(secret, { kodeWilayah: KW, taskId, expiresAt: Math.floor(Date.now() / 1000) - 60 });
    await page.goto(`/portal/lapor/${expired}`);
    const old = page.getByTestId('report-expired');
    await old.waitFor();
    expect(await old.textContent()).toContain('Tautan sudah kedaluwarsa, minta tautan baru ke pendamping Anda');

    await page.goto(path);
    await page.getByTestId('report-form').waitFor();
    await page.getByTestId('portal-lang').click();
    await expect.poll(() => page.getByTestId('report-progress').textContent()).toBe('Step 1 of 6');
    await page.getByTestId('report-status-closed').check();
    expect(await page.getByTestId('report-progress').textContent()).toBe('Step 1 of 2');
    await page.getByTestId('report-next').click();
    // No reason: the shared rule's message, under the reason box.
    expect(await page.getByTestId('report-form').textContent()).toContain('Write down why the business has paused or closed.');
    await page.getByTestId('report-reason').fill('Modal habis, sekarang bekerja di pabrik');
    await page.getByTestId('report-next').click();
    await page.getByTestId('report-need-capital').check();
    await page.getByTestId('report-send').click();
    await page.getByTestId('report-thanks').waitFor();
    const list = await asOfficer('GET', `${api}/checkins?businessId=${member.businessId}`);
    expect(list.items[0]).toMatchObject({ status: 'closed', statusReason: 'Modal habis, sekarang bekerja di pabrik', monthlySales: 0, workersMale: 0, workersFemale: 0, needs: ['capital'] });
    await context.close();
  });

  it('a question only the server asks (the office changed the figures meanwhile) is shown on its step, confirmed and sent', async () => {
    const member = cohort.members[2]!;
    const { path } = await linkFor(member.businessId);
    const { context, page } = await h.newPage({ phone: true });
    await page.goto(path);
    const form = page.getByTestId('report-form');
    await form.waitFor();
    await page.getByTestId('report-status-active').check();
    await page.getByTestId('report-next').click();
    // 7.5 times the Rp8.000.000 the page knows: no question here.
    await page.getByTestId('report-sales').fill('60000000');
    await page.getByTestId('report-next').click();
    await expect.poll(() => form.getAttribute('data-step')).toBe('workers');
    await page.getByTestId('report-workers-male').fill('1');
    await page.getByTestId('report-workers-female').fill('2');
    await page.getByTestId('report-next').click();
    await page.getByTestId('report-new-products-no').check();
    await page.getByTestId('report-channel-offline').check();
    await page.getByTestId('report-next').click();
    await page.getByTestId('report-next').click();
    await expect.poll(() => form.getAttribute('data-step')).toBe('needs');
    // Meanwhile the office corrects the registry to Rp4.000.000 a month: now it is 15 times.
    await h.t.database.db.execute(sql`update businesses set annual_sales = 48000000 where kode_wilayah = ${KW} and id = ${member.businessId}`);
    await page.getByTestId('report-send').click();

    await expect.poll(() => form.getAttribute('data-step')).toBe('sales');
    const question = page.getByTestId('report-question');
    await question.waitFor();
    expect(await question.textContent()).toContain('dulu Rp4.000.000, sekarang Rp60.000.000');
    expect(await page.getByTestId('report-error').textContent()).toContain('Ada angka yang perlu diperiksa');
    expect(await page.getByTestId('report-confirm').evaluate((el) => el === document.activeElement)).toBe(true);
    // The page now knows the new figure too.
    await expect.poll(() => form.textContent()).toContain('Terakhir tercatat: Rp4.000.000 sebulan.');
    await page.getByTestId('report-confirm').check();
    for (const step of ['workers', 'selling', 'licences', 'needs']) {
      await page.getByTestId('report-next').click();
      await expect.poll(() => form.getAttribute('data-step')).toBe(step);
    }
    await page.getByTestId('report-send').click();
    await page.getByTestId('report-thanks').waitFor();
    const list = await asOfficer('GET', `${api}/checkins?businessId=${member.businessId}`);
    expect(list.items[0]).toMatchObject({ channel: 'self', monthlySales: 60_000_000 });
    await context.close();
  });
});
