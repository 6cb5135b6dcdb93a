import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates } from '../../src/server/modules/programmes/programme.table';
import id from '../../src/web/i18n/id.json';
import { type BrowserHarness, loginThroughUi, startBrowserHarness } from '../support/browser';
import { businessPayload, KW, makeNik, TEST_PASSWORD } from '../support/test-app';

/**
 * The camera the officer points at a participant's phone: Chromium's fake capture device plays a Y4M file,
 * which is read when the page asks for the camera, so the test writes it once the check-in code is known.
 */
const fakeDir = mkdtempSync(join(tmpdir(), 'berdaya-camera-'));
const FAKE_VIDEO = join(fakeDir, 'qr.y4m');

let h: BrowserHarness;
beforeAll(async () => {
  h = await startBrowserHarness({
    extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${FAKE_VIDEO}`],
  });
});
afterAll(async () => {
  await h?.close();
  rmSync(fakeDir, { recursive: true, force: true });
});

/** A grayscale 4:2:0 Y4M video of a QR code of `text`: Y plane = the picture, U and V neutral (128). */
function qrVideo(text: string, width = 640, height = 480, frames = 5): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const scale = Math.floor((Math.min(width, height) * 0.9) / (modules.size + 2 * quiet));
  const side = scale * (modules.size + 2 * quiet);
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const y = Buffer.alloc(width * height, 235);
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const mr = Math.floor(row / scale) - quiet;
      const mc = Math.floor(col / scale) - quiet;
      const dark = mr >= 0 && mc >= 0 && mr < modules.size && mc < modules.size && modules.get(mr, mc);
      y[(top + row) * width + left + col] = dark ? 16 : 235;
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, Buffer.alloc((width / 2) * (height / 2) * 2, 128)]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array<Buffer>(frames).fill(frame)]);
}

/** Picks an option of a Mantine Select by its visible text. */
async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openNav(page: Page, testId: string) {
  await page.getByTestId('app-burger').click();
  await page.getByTestId(testId).click();
}

async function apiAs(username: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const res = await h.t.app.inject({ method, url, payload: payload as object, headers: { cookie: await h.t.login(username) } });
  return { status: res.statusCode, body: res.json() };
}

/** An owner signs up through the portal API (code read from the log channel), links by NIK; returns the session cookie. */
async function ownerSignsUpAndLinks(phone: string, nik: string): Promise<string> {
  const start = await h.t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone, fullName: 'Euis Rohayati', password: 'keripik-tempe-2026' } });
  expect(start.statusCode, start.body).toBe(200);
  const to = `+62${phone.replace(/\D/g, '').slice(1)}`;
  await expect.poll(() => h.t.notifications.sent.some((m) => m.template === 'signup_code' && m.recipient === to), { timeout: 5000 }).toBe(true);
  const code = String(h.t.notifications.sent.find((m) => m.template === 'signup_code' && m.recipient === to)!.params.code);
  const verify = await h.t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code } });
  const cookie = `berdaya_session=${verify.cookies.find((c) => c.name === 'berdaya_session')!.value}`;
  const link = await h.t.app.inject({ method: 'POST', url: `/api/tenants/${KW}/portal/link`, headers: { cookie }, payload: { nik } });
  expect(link.json().outcome).toBe('linked');
  return cookie;
}

const year = new Date().getFullYear();
const TITLE = 'Pelatihan Pemasaran Digital UMKM';

describe('empowerment programmes (office staff, phone)', () => {
  it('an officer sets up a programme, screens, accepts with a reason, checks in by QR, completes and the certificate verifies', async () => {
    const { context, page } = await h.newPage({ phone: true });
    await loginThroughUi(page, 'petugas', TEST_PASSWORD);
    await openNav(page, 'nav-programmes');
    await page.getByTestId('programme-new').click();

    // The programme, with the rule "NIB required", open for applications, a target in one kecamatan.
    await page.getByTestId('form-title').fill(TITLE);
    await choose(page, 'form-topic', id.programmes.topic.digital_marketing);
    await choose(page, 'form-status', id.programmes.status.open);
    await page.getByTestId('form-budgetCode').fill('2.17.03.1.01');
    await page.getByTestId('form-budgetAmount').fill('75000000');
    await page.getByTestId('form-element-empowering').check();
    await page.getByTestId(`form-target-${h.t.kecamatan[0]!.code}`).fill('10');
    await page.getByTestId('rule-licence-NIB').check();
    await page.getByTestId('form-submit').click();
    await page.getByTestId('programme-title').waitFor();
    expect(await page.getByTestId('programme-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('programme-rule').first().textContent()).toContain('NIB');
    const programmeId = new URL(page.url()).pathname.split('/').pop()!;

    // A batch with two sessions.
    await page.getByTestId('programme-add-batch').click();
    await page.getByTestId('batch-starts').fill(`${year}-03-10`);
    await page.getByTestId('batch-ends').fill(`${year}-03-11`);
    await page.getByTestId('batch-add-session-row').click();
    await page.getByTestId('batch-add-session-row').click();
    await page.getByTestId('batch-session-1-date').fill(`${year}-03-11`);
    await page.getByTestId('batch-submit').click();
    const batch = page.getByTestId('batch-card');
    await batch.waitFor();
    await expect.poll(() => batch.getByTestId('session-row').count()).toBe(2);
    const batchId = (await batch.getAttribute('data-batch-id'))!;

    // The owner applies from the portal's API (the portal's own journey is tests/e2e/portal.e2e.ts): signs up
    // with the phone the registry has, confirms the code, links by NIK, applies. No NIB yet.
    const created = await apiAs('petugas', 'POST', `/api/tenants/${KW}/businesses`, businessPayload(h.t.kecamatan[0]!));
    expect(created.status).toBe(201);
    const owner = await ownerSignsUpAndLinks('0812-2345-6789', businessPayload(h.t.kecamatan[0]!).owner.nik);
    const applied = await h.t.app.inject({ method: 'POST', url: `/api/tenants/${KW}/portal/applications`, headers: { cookie: owner }, payload: { batchId, businessId: created.body.id } });
    expect(applied.statusCode, applied.body).toBe(201);
    const other = businessPayload(h.t.kecamatan[1]!, {
      name: 'Warung Nasi Liwet Mang Ujang',
      owner: { fullName: 'Ujang Sumarna', nik: makeNik(h.t.kecamatan[1]!.code, '1980-05-06', 'L', '0011'), gender: 'L', phone: '0813-1111-2222' },
    });
    expect((await apiAs('petugas', 'POST', `/api/tenants/${KW}/businesses`, other)).status).toBe(201);

    await batch.getByTestId('batch-tab-participants').click();
    await batch.getByTestId('participant-nominate').click();
    await page.getByTestId('nominate-search').fill('Liwet');
    await page.getByTestId('nominate-result').first().click();
    await choose(page, 'nominate-source', id.programmes.source.epokir);
    await page.getByTestId('nominate-submit').click();
    await page.getByTestId('nominate-councilMember').waitFor();
    expect(await page.getByText(id.errors.programme.sourceDetailRequired).count()).toBe(1); // e-Pokir names the council member
    await page.getByTestId('nominate-councilMember').fill('H. Asep Suryana');
    await page.getByTestId('nominate-submit').click();
    const ujang = batch.getByTestId('participant-row').filter({ hasText: 'Mang Ujang' });
    await ujang.waitFor();
    expect(await ujang.getByTestId('participant-source').textContent()).toBe('e-Pokir: H. Asep Suryana');

    // Screening: the owner without an NIB gets a red NIB reason; accepted with a written reason.
    const euis = batch.getByTestId('participant-row').filter({ hasText: 'Keripik Tempe Bu Euis' });
    await euis.waitFor();
    expect(await euis.getAttribute('data-eligible')).toBe('false');
    const nib = euis.locator('[data-testid="participant-reason"][data-rule="licence"]');
    expect(await nib.getAttribute('data-ok')).toBe('false');
    expect(await nib.textContent()).toContain('NIB');
    expect(await euis.getByTestId('participant-source').textContent()).toBe(id.programmes.source.self);
    await euis.getByTestId('participant-accept').click();
    await page.getByTestId('override-reason').fill('NIB sedang diurus lewat pendampingan OSS bulan ini.');
    await page.getByTestId('override-confirm').click();
    await expect.poll(() => euis.getAttribute('data-status')).toBe('accepted');
    expect(await euis.getByTestId('participant-override').textContent()).toContain('NIB sedang diurus');
    await expect.poll(() => batch.getByTestId('batch-capacity-meter').first().getAttribute('data-accepted')).toBe('1');
    const participantId = (await euis.getAttribute('data-participant-id'))!;

    // Session 1: checked in by QR through the camera.
    await batch.getByTestId('batch-tab-sessions').click();
    writeFileSync(FAKE_VIDEO, qrVideo(h.t.services.attendance.tokenFor(KW, participantId, batchId)));
    await batch.getByTestId('session-attendance-link').first().click();
    await page.getByTestId('attendance-title').waitFor();
    await page.getByTestId('attendance-scan').click();
    const feedback = page.getByTestId('attendance-feedback');
    await feedback.waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="attendance-log-item"][data-kind="ok"]').count()).toBe(1);
    expect(await page.getByTestId('attendance-log-item').last().textContent()).toContain('Hadir: Euis Rohayati');
    await expect.poll(() => page.getByTestId('attendance-count').getAttribute('data-present')).toBe('1');
    expect(await page.locator(`[data-testid="attendance-row"][data-participant-id="${participantId}"]`).getAttribute('data-checked')).toBe('true');
    // Without a camera: a typed code that is no participant's is refused in red.
    await page.getByTestId('attendance-scan-stop').click();
    await page.getByTestId('attendance-code').fill('B1.32.04.kode-asal-asalan');
    await page.getByTestId('attendance-code-submit').click();
    await expect.poll(() => feedback.getAttribute('data-kind')).toBe('error');
    expect(await feedback.textContent()).toBe(id.errors.programme.qrInvalid);

    // Session 2: a tick on the list.
    await page.getByTestId('attendance-back').click();
    await batch.getByTestId('session-attendance-link').nth(1).click();
    await expect.poll(() => page.getByTestId('attendance-count').getAttribute('data-present')).toBe('0');
    await page.getByTestId('attendance-tick').click();
    await expect.poll(() => page.getByTestId('attendance-count').getAttribute('data-present')).toBe('1');
    expect(await page.getByTestId('attendance-feedback').getAttribute('data-kind')).toBe('ok');

    // Complete the batch: one certificate, downloadable, and genuine on the public page.
    await page.getByTestId('attendance-back').click();
    await batch.getByTestId('batch-complete').click();
    await page.getByTestId('batch-confirm-complete').click();
    const result = page.getByTestId('batch-completion-result');
    await result.waitFor();
    expect(await result.getAttribute('data-completed')).toBe('1');
    expect(await result.getAttribute('data-certificates')).toBe('1');
    await batch.getByTestId('batch-tab-participants').click();
    const link = euis.getByTestId('participant-certificate');
    await link.waitFor();
    const pdf = await page.request.get((await link.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const [certificate] = await h.t.database.db.select({ code: certificates.code }).from(certificates).where(eq(certificates.participantId, participantId));
    const publicReply = await h.t.app.inject({ method: 'GET', url: `/api/public/certificates/${KW}/${certificate!.code}` });
    expect(publicReply.json()).toMatchObject({ valid: true, revoked: false, programmeTitle: TITLE });
    const visitor = await h.newPage({ phone: true });
    await visitor.page.goto(`/portal/verifikasi/${KW}/${certificate!.code}`);
    await visitor.page.getByTestId('verify-valid').waitFor();

    // Revoked with a reason in the office app: the card says so and the public page now answers "dicabut".
    await euis.getByTestId('certificate-revoke').click();
    await page.getByTestId('revoke-reason').fill('Daftar hadir sesi 2 salah catat.');
    await page.getByTestId('revoke-confirm').click();
    await euis.getByTestId('participant-certificate-revoked').waitFor();
    await visitor.page.reload();
    await visitor.page.getByTestId('verify-revoked').waitFor();
    await visitor.context.close();

    // The report counts the participant against the programme's target.
    await page.goto(`/programmes/report?year=${year}`);
    const row = page.locator(`[data-testid="report-target-row"][data-programme-id="${programmeId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-target')).toBe('10');
    expect(await row.getAttribute('data-completed')).toBe('1');
    await context.close();
  });

  it('the head of office reads programmes without "Program baru"; officers verify owner claims; owners go to the portal', async () => {
    // A programme of this year exists (also when the journey above did not run).
    const made = await apiAs('petugas', 'POST', `/api/tenants/${KW}/programmes`, {
      title: 'Pendampingan Sertifikasi Halal',
      kind: 'mentoring',
      topic: 'halal',
      year,
      factor: 'market',
      element: 'protecting',
      targets: { [h.t.kecamatan[0]!.code]: 5 },
    });
    expect(made.status).toBe(201);
    const head = await h.newPage({ phone: true });
    await loginThroughUi(head.page, 'kadis', TEST_PASSWORD);
    await openNav(head.page, 'nav-programmes');
    const listed = head.page.locator(`[data-testid="programme-row"][data-programme-id="${made.body.id}"]`);
    await listed.waitFor();
    expect(await head.page.getByTestId('programme-new').count()).toBe(0);
    expect(await head.page.getByTestId('nav-owner-claims').count()).toBe(0);
    await listed.click();
    await head.page.getByTestId('programme-title').waitFor();
    expect(await head.page.getByTestId('programme-edit').count()).toBe(0);
    expect(await head.page.getByTestId('programme-add-batch').count()).toBe(0);
    await head.page.goto('/programmes/new');
    await head.page.getByTestId('error-forbidden').waitFor();
    await head.context.close();

    // An owner signed up in the portal and registered a business the office does not know yet.
    const claim = await apiAs('pemilik', 'POST', `/api/tenants/${KW}/portal/businesses`, {
      businessName: 'Dodol Garut Bu Imas',
      sector: 'kuliner',
      kecamatanCode: h.t.kecamatan[2]!.code,
      desaCode: h.t.kecamatan[2]!.desa,
      startYear: 2021,
    });
    expect(claim.status).toBe(200);
    const officer = await h.newPage({ phone: true });
    await loginThroughUi(officer.page, 'petugas', TEST_PASSWORD);
    await openNav(officer.page, 'nav-owner-claims');
    const card = officer.page.getByTestId('claim-row').filter({ hasText: 'Dodol Garut Bu Imas' });
    await card.waitFor();
    expect(await card.getAttribute('data-kind')).toBe('new');
    expect(await card.getByTestId('claim-approve').count()).toBe(1);
    await card.getByTestId('claim-reject').click();
    await officer.page.getByTestId('claim-reject-reason').fill('Alamat usaha tidak ditemukan saat kunjungan lapangan.');
    await officer.page.getByTestId('claim-reject-confirm').click();
    await expect.poll(() => card.count()).toBe(0);
    await officer.page.getByTestId('claims-tab-rejected').click();
    const rejected = officer.page.getByTestId('claim-row').filter({ hasText: 'Dodol Garut Bu Imas' });
    await rejected.waitFor();
    expect(await rejected.getAttribute('data-status')).toBe('rejected');
    await officer.context.close();

    // A business owner signing in to the office app is sent on to the owner portal.
    const owner = await h.newPage({ phone: true });
    await owner.page.goto('/login');
    await owner.page.getByTestId('login-username').fill('pemilik');
    await owner.page.getByTestId('login-password').fill(TEST_PASSWORD);
    await owner.page.getByTestId('login-submit').click();
    await owner.page.waitForURL((url) => url.pathname.startsWith('/portal'));
    await owner.context.close();
  });
});
