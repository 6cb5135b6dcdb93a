import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KW, startTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
// A long time to live, so that only an invalidation (never the clock) can make the next request see a change.
beforeAll(async () => {
  t = await startTestApp({ SESSION_CACHE_SECONDS: 600 });
});
afterAll(() => t?.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('session cache', () => {
  it('answers a known session from memory', async () => {
    const cookie = await t.login('kadis');
    expect((await me(cookie)).statusCode).toBe(200);
    // Behind the service's back (as another server on the same PostgreSQL would): still cached here.
    await t.database.db.execute(sql`delete from sessions`);
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('forgets a session at logout', async () => {
    const cookie = await t.login('petugas');
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('forgets the other sessions of a user who changed their password', async () => {
    const a = await t.login('mitra');
    const b = await t.login('mitra');
    expect((await me(b)).statusCode).toBe(200);
    const change = await t.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: a },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'lontong-sayur-bu-imas' },
    });
    expect(change.statusCode).toBe(204);
    expect((await me(b)).statusCode).toBe(401);
    expect((await me(a)).statusCode).toBe(200);
  });

  it('sees a role change on the next request', async () => {
    const cookie = await t.login('pendamping');
    expect((await me(cookie)).json().memberships).toMatchObject([{ kodeWilayah: KW, role: 'assistant' }]);
    await t.services.auth.grantRole({ userId: t.userIds.pendamping!, kodeWilayah: KW, role: 'officer' });
    expect((await me(cookie)).json().memberships).toMatchObject([{ kodeWilayah: KW, role: 'officer' }]);
  });
});
