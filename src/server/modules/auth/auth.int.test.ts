import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessPayload, startTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: 3, LOGIN_LOCK_MINUTES: 15 });
});
afterAll(() => t?.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('accounts', () => {
  it('logs in with an httpOnly SameSite cookie and tells who is logged in', async () => {
    const res = await login('Petugas', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'berdaya_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `berdaya_session=${cookie.value}` } });
    expect(me.json()).toMatchObject({ user: { username: 'petugas' }, memberships: [{ kodeWilayah: '32.04', role: 'officer' }] });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login('tidak-ada', 'salah-sekali-123');
    const wrong = await login('kadis', 'salah-sekali-123');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('locks an account after repeated failures, even against the right password, and logs nothing in', async () => {
    expect((await login('mitra', 'salah-1-aaaaaa')).statusCode).toBe(401);
    expect((await login('mitra', 'salah-2-aaaaaa')).statusCode).toBe(401);
    const third = await login('mitra', 'salah-3-aaaaaa');
    expect(third.statusCode).toBe(423);
    expect(third.json().error).toMatchObject({ messageKey: 'errors.auth.locked', params: { minutes: 15 } });
    const right = await login('mitra', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.cookies).toHaveLength(0);
  });

  it('logs out: the cookie no longer works', async () => {
    const cookie = await t.login('kadis');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('changes a password after checking the old one; other sessions end', async () => {
    const a = await t.login('pendamping');
    const b = await t.login('pendamping');
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie: a }, payload: { currentPassword, newPassword } });
    expect((await change('bukan-ini-123', 'baru-sekali-456')).json().error.fields[0]).toMatchObject({ field: 'currentPassword' });
    expect((await change(TEST_PASSWORD, 'pendek')).json().error.fields[0]).toMatchObject({ messageKey: 'validation.password.too_short' });
    expect((await change(TEST_PASSWORD, 'baru-sekali-456')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: a } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: b } })).statusCode).toBe(401);
    expect((await login('pendamping', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('pendamping', 'baru-sekali-456')).statusCode).toBe(200);
  });

  it('refuses guessable passwords and ones holding the username, wherever a password is set', async () => {
    const cookie = await t.login('petugas-sampang');
    const change = (newPassword: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword: TEST_PASSWORD, newPassword } });
    const repeat = await change('aaaaaaaaaa');
    expect(repeat.statusCode).toBe(422);
    expect(repeat.json().error.fields[0]).toMatchObject({ field: 'newPassword', messageKey: 'validation.password.weak', params: { hint: 'warning.simpleRepeat' } });
    expect((await change('Petugas-Sampang-2026')).json().error.fields[0]).toMatchObject({ messageKey: 'validation.password.contains_username' });
    await expect(t.services.auth.createUser({ username: 'dewi', displayName: 'Dewi Lestari', password: 'dewi-lestari-1' })).rejects.toMatchObject({
      fields: [{ field: 'password', messageKey: 'validation.password.contains_username' }],
    });
    await expect(t.services.auth.createUser({ username: 'budi', displayName: 'Budi Santoso', password: 'bandung12345' })).rejects.toMatchObject({
      fields: [{ field: 'password', messageKey: 'validation.password.weak' }],
    });
  });

  it('stores argon2id hashes, never the password', async () => {
    const user = await t.services.auth.createUser({ username: 'baru', displayName: 'Baru', password: 'kata-sandi-panjang' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain('kata-sandi-panjang');
  });

  it('refuses malformed requests with a clear validation error', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['password', 'username']);
  });
});

describe('tenants', () => {
  it('a superadmin adds a regency from the official list; unknown codes and non-superadmins are refused', async () => {
    const admin = await t.login('admin');
    const add = (kodeWilayah: string, cookie = admin) => t.app.inject({ method: 'POST', url: '/api/tenants', headers: { cookie }, payload: { kodeWilayah } });
    const res = await add('35.20');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ kodeWilayah: '35.20', name: 'Kabupaten Magetan', isDemo: false });
    expect((await add('35.20')).statusCode).toBe(409);
    expect((await add('99.99')).json().error.fields[0].messageKey).toBe('errors.tenant.unknownRegency');
    expect((await add('63.72', await t.login('petugas'))).statusCode).toBe(403);
    const regions = await t.app.inject({ method: 'GET', url: '/api/tenants/35.20/regions', headers: { cookie: admin } });
    expect(regions.json().kecamatan.length).toBeGreaterThan(10);
  });

  it('an admin sets the letterhead and the scale rule; new records use the rule; others are refused', async () => {
    const admin = await t.login('admin');
    const current = (await t.app.inject({ method: 'GET', url: '/api/tenants/32.04/settings', headers: { cookie: admin } })).json();
    expect(current.scaleRuleId).toBe('PP7_2021');
    expect(current.autoMergeThreshold).toBeNull(); // never merge without a person, unless an admin says so
    expect(current.letterhead.government).toBe('PEMERINTAH KABUPATEN BANDUNG');
    const payload = { scaleRuleId: 'UU20_2008', autoMergeThreshold: 0.95, letterhead: { ...current.letterhead, signerName: 'Drs. Hendra Gunawan, M.Si.' } };
    const put = (cookie: string, body: unknown) => t.app.inject({ method: 'PUT', url: '/api/tenants/32.04/settings', headers: { cookie }, payload: body as object });
    expect((await put(await t.login('petugas'), payload)).statusCode).toBe(403);
    expect((await put(admin, { ...payload, scaleRuleId: 'PP_RAHASIA' })).statusCode).toBe(422);
    expect((await put(admin, payload)).json()).toEqual(payload);
    const created = await t.app.inject({
      method: 'POST', url: '/api/tenants/32.04/businesses', headers: { cookie: admin },
      payload: businessPayload(t.kecamatan[1]!, { annualSales: 400_000_000 }),
    });
    expect(created.json()).toMatchObject({ scale: 'small', scaleRuleId: 'UU20_2008' });
    const audit = (await t.app.inject({ method: 'GET', url: '/api/tenants/32.04/audit?entity=tenant', headers: { cookie: admin } })).json();
    expect(audit.items[0]).toMatchObject({ action: 'update', entityId: '32.04', after: { scaleRuleId: 'UU20_2008' } });
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(expect.arrayContaining(['/api/tenants/{kw}/businesses', '/api/auth/login', '/api/tenants/{kw}/recap', '/api/tenants/{kw}/imports', '/api/tenants/{kw}/imports/{id}/commit', '/api/tenants/{kw}/duplicates', '/api/tenants/{kw}/merges/{id}/undo', '/api/tenants/{kw}/businesses/export.{format}']));
  });
});
