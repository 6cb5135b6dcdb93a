import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, startBrowserHarness } from '../support/browser';
import { businessPayload, KW, makeNik } from '../support/test-app';

let h: BrowserHarness;
let officer = '';
const api = `/api/tenants/${KW}`;
const year = new Date().getFullYear();

beforeAll(async () => {
  h = await startBrowserHarness();
  officer = await h.t.login('petugas');
});
afterAll(() => h?.close());

/** An officer's API call (the office side of the journey is not what this test is about). */
async function asOfficer(method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await h.t.app.inject({ method, url: `${api}${url}`, headers: { cookie: officer }, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

/** The sign-up code the server "sent" to `phone` (+62 form), read from the log channel. */
async function codeSentTo(phone: string): Promise<string> {
  let code = '';
  await expect
    .poll(() => (code = String([...h.t.notifications.sent].reverse().find((m) => m.template === 'signup_code' && m.recipient === phone)?.params.code ?? '')), { timeout: 10_000 })
    .not.toBe('');
  return code;
}

describe('owner portal on a phone', () => {
  it('signs up with a code, links the business by NIK, states needs, applies and shows the QR once accepted', async () => {
    const k = h.t.kecamatan[0]!;
    const nik = makeNik(k.code, '1982-02-14', 'P', '0311');
    await asOfficer('POST', '/businesses', businessPayload(k, {
      name: 'Keripik Singkong Bu Tati',
      owner: { fullName: 'Tati Suryati', nik, gender: 'P', phone: '0812-3456-7311', address: 'Kp. Babakan RT 01/RW 03' },
    }));
    const programme = await asOfficer('POST', '/programmes', {
      title: 'Kelas Jualan Lewat WhatsApp', kind: 'training', topic: 'digital_marketing', year, factor: 'market', element: 'empowering', status: 'open',
    });
    const day = `${year}-12-15`;
    const withBatch = await asOfficer('POST', `/programmes/${programme.id}/batches`, {
      name: 'Angkatan 1', venue: 'Aula PLUT Soreang', capacity: 10, startsOn: day, endsOn: `${year}-12-16`,
      sessions: [
        { title: 'Foto produk', startsAt: `${day}T09:00:00+07:00`, endsAt: `${day}T12:00:00+07:00` },
        { title: 'Katalog WhatsApp', startsAt: `${year}-12-16T09:00:00+07:00`, endsAt: `${year}-12-16T12:00:00+07:00` },
      ],
    });
    const batchId = withBatch.batches[0].id as string;

    const { context, page } = await h.newPage({ phone: true });
    await page.goto('/portal');
    // The static shell is there before any script runs.
    expect(await page.locator('.brand').textContent()).toBe('Berdaya — Portal Pelaku Usaha');
    await page.getByTestId('welcome-signup').click();
    await page.getByTestId('signup-regency').selectOption(KW);
    await page.getByTestId('signup-name').fill('Tati Suryati');
    await page.getByTestId('signup-phone').fill('0812 3456 7311');
    await page.getByTestId('signup-password').fill('pendek');
    await page.getByTestId('signup-submit').click();
    // Errors in words, under the field, before anything is sent.
    await page.getByText('Kata sandi paling sedikit 10 huruf atau angka.').waitFor();
    // Long enough but guessable: the server refuses it with the estimator's hint, in words.
    await page.getByTestId('signup-password').fill('aaaaaaaaaa');
    await page.getByTestId('signup-submit').click();
    await page.getByText('Kata sandi terlalu mudah ditebak. Karakter yang berulang').waitFor();
    await page.getByTestId('signup-password').fill('singkong-renyah-2026');
    await page.getByTestId('signup-submit').click();
    await page.getByTestId('signup-code-sent').waitFor();
    expect(await page.getByTestId('signup-code-sent').textContent()).toContain('Kode dikirim ke 0812••••311');
    const code = page.getByTestId('signup-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await code.fill(await codeSentTo('+6281234567311'));
    await page.getByTestId('signup-verify').click();

    // Beranda: not linked yet → link by NIK (typed with spaces, as it is printed on the ID card).
    await page.getByTestId('link-nik').fill(nik.replace(/(\d{4})/g, '$1 ').trim());
    expect(await page.getByTestId('link-nik').inputValue()).toBe(nik);
    await page.getByTestId('link-submit').click();
    await page.getByTestId('home-linked-now').waitFor();
    const business = page.getByTestId('home-business');
    expect(await business.locator('h3').textContent()).toBe('Keripik Singkong Bu Tati');
    await page.getByText('Jualan lewat HP atau internet').click();
    await page.getByTestId('needs-note').fill('Ingin jualan di marketplace');
    await page.getByTestId('needs-save').click();
    await page.getByTestId('needs-saved').waitFor();

    // Program: the matching programme, "Daftar" (one business: no choice to make).
    await page.getByTestId('nav-programmes').click();
    const card = page.locator(`[data-testid="programme-card"][data-batch="${batchId}"]`);
    await card.waitFor();
    expect(await card.getByTestId('programme-match').textContent()).toBe('Sesuai kebutuhan Anda');
    expect(await card.textContent()).toContain('Sisa 10 tempat');
    await card.getByTestId('programme-apply').click();
    await card.getByTestId('apply-sent').waitFor();

    // Status: waiting for the officer, the two meetings, no QR yet.
    await page.getByTestId('nav-status').click();
    const application = page.getByTestId('application').first();
    await application.waitFor();
    expect(await application.getByTestId('application-status').textContent()).toContain('Menunggu');
    expect(await application.getByTestId('application-session').count()).toBe(2);
    expect(await application.getByTestId('application-qr').count()).toBe(0);

    const participants = await asOfficer('GET', `/batches/${batchId}/participants`);
    const mine = participants.items.find((p: { businessName: string }) => p.businessName === 'Keripik Singkong Bu Tati');
    await asOfficer('POST', `/participants/${mine.id}/decision`, { action: 'accept', version: mine.version });

    await page.reload();
    await application.getByTestId('application-qr').waitFor();
    expect(await application.getByTestId('application-status').textContent()).toBe('Diterima');
    const qr = application.getByRole('img', { name: 'Kode QR absen untuk Kelas Jualan Lewat WhatsApp' });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await application.textContent()).toContain('Tunjukkan kode ini kepada petugas saat absen.');

    // Keluar: the owner pages are closed again.
    await page.getByTestId('nav-logout').click();
    await page.getByTestId('welcome-login').waitFor();
    await page.goto('/portal/status');
    // Masuk with the phone as typed, and back to the page that asked for it.
    await page.getByTestId('login-phone').fill('0812-3456-7311');
    await page.getByTestId('login-password').fill('singkong-salah');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').textContent()).toContain('Nomor HP atau kata sandi salah.');
    await page.getByTestId('login-password').fill('singkong-renyah-2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('application-qr').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/status');
    await context.close();
  });

  it('the public certificate check says an unknown code is not found, without logging in', async () => {
    const { context, page } = await h.newPage({ phone: true });
    await page.goto(`/portal/verifikasi/${KW}/UNKNOWNCODE`);
    const notFound = page.getByTestId('verify-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('Sertifikat tidak ditemukan');
    // English on request (its dictionary is fetched then), the static header included.
    await page.getByTestId('portal-lang').click();
    await expect.poll(() => notFound.textContent()).toContain('Certificate not found');
    expect(await page.locator('#shell-tagline').textContent()).toContain('Apply for training');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('a NIK the office does not have gets the same "request received" answer as any unmatched NIK', async () => {
    const start = await h.t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone: '0857-2200-5555', fullName: 'Euis Komalasari', password: 'surabi-oncom-2026' } });
    const verified = await h.t.app.inject({
      method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code: await codeSentTo('+6285722005555') },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    const { context, page } = await h.newPage({ phone: true });
    await context.addCookies([{ name: 'berdaya_session', value: verified.cookies.find((c) => c.name === 'berdaya_session')!.value, url: h.baseUrl }]);
    await page.goto('/portal');
    await page.getByTestId('link-nik').fill(makeNik(h.t.kecamatan[1]!.code, '1983-06-15', 'P', '0888'));
    await page.getByTestId('link-submit').click();
    const body = page.getByTestId('home-pending-body');
    await body.waitFor();
    expect(await body.textContent()).toContain('Permintaan Anda sudah kami terima');
    expect(await page.getByTestId('link-not-registered').count()).toBe(0);
    await context.close();
  });

  it('an owner the registry does not know registers the business and waits for the office', async () => {
    const phone = '0857-2200-4321';
    const start = await h.t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone, fullName: 'Asep Saepudin', password: 'cilok-kuah-2026' } });
    expect(start.statusCode, start.body).toBe(200);
    const verified = await h.t.app.inject({
      method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code: await codeSentTo('+6285722004321') },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    const { context, page } = await h.newPage({ phone: true });
    await context.addCookies([{ name: 'berdaya_session', value: verified.cookies.find((c) => c.name === 'berdaya_session')!.value, url: h.baseUrl }]);
    await page.goto('/portal');
    await page.getByTestId('link-nik').waitFor(); // a signed-in owner goes straight to Beranda
    const k = h.t.kecamatan[1]!;
    // The owner knows the office does not have them yet: they register the business (the NIK typed goes with it).
    await page.getByTestId('link-nik').fill(makeNik(k.code, '1979-11-02', 'L', '0999'));
    await page.getByTestId('link-new-business').click();
    await page.getByTestId('business-submit').click();
    expect(await page.getByTestId('business-businessName').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('business-businessName').fill('Cilok Kuah Mang Asep');
    await page.getByTestId('business-sector').selectOption('kuliner');
    await page.getByTestId('business-kecamatanCode').selectOption(k.code);
    await page.getByTestId('business-desaCode').selectOption(k.desa);
    await page.getByTestId('business-startYear').fill('2021');
    await page.getByTestId('business-gender-L').check();
    await page.getByTestId('business-submit').click();
    const pending = page.getByTestId('home-pending');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Menunggu pemeriksaan petugas');
    expect(await pending.textContent()).toContain('Cilok Kuah Mang Asep');
    await context.close();
  });
});
