import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KW, OTHER_KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
const cookies: Record<string, string> = {};
const USERS = ['admin', 'kadis', 'petugas', 'pendamping', 'pemilik', 'mitra', 'petugas-sampang'] as const;

beforeAll(async () => {
  t = await startTestApp();
  for (const u of USERS) cookies[u] = await t.login(u);
});
afterAll(() => t?.close());

const get = (url: string, user: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user]! } });
const statusPerUser = async (call: (user: string) => Promise<{ statusCode: number }>) =>
  Object.fromEntries(await Promise.all(USERS.map(async (u) => [u, (await call(u)).statusCode])));

describe('tenant routes go through the tenant policy', () => {
  it('lists the regencies a user belongs to; a superadmin sees all', async () => {
    const codes = async (u: string) => (await get('/api/tenants', u)).json().map((x: { kodeWilayah: string }) => x.kodeWilayah).sort();
    expect(await codes('admin')).toEqual([KW, OTHER_KW]);
    expect(await codes('pemilik')).toEqual([KW]);
    expect(await codes('petugas-sampang')).toEqual([OTHER_KW]);
  });

  it('settings and regions: every member of the regency, nobody from another', async () => {
    const members = { admin: 200, kadis: 200, petugas: 200, pendamping: 200, pemilik: 200, mitra: 200, 'petugas-sampang': 403 };
    expect(await statusPerUser((u) => get(`/api/tenants/${KW}/settings`, u))).toEqual(members);
    expect(await statusPerUser((u) => get(`/api/tenants/${KW}/regions`, u))).toEqual(members);
    expect((await get(`/api/tenants/${OTHER_KW}/regions`, 'petugas-sampang')).statusCode).toBe(200);
  });

  it('changing settings: admins only; adding a regency: superadmins only', async () => {
    const settings = (await get(`/api/tenants/${KW}/settings`, 'admin')).json();
    const put = (u: string) => t.app.inject({ method: 'PUT', url: `/api/tenants/${KW}/settings`, headers: { cookie: cookies[u]! }, payload: settings });
    expect(await statusPerUser(put)).toEqual({ admin: 200, kadis: 403, petugas: 403, pendamping: 403, pemilik: 403, mitra: 403, 'petugas-sampang': 403 });
    // Refused before the code is looked at: nobody but a superadmin learns whether a regency exists.
    const add = (u: string) => t.app.inject({ method: 'POST', url: '/api/tenants', headers: { cookie: cookies[u]! }, payload: { kodeWilayah: KW } });
    expect(await statusPerUser(add)).toEqual({ admin: 409, kadis: 403, petugas: 403, pendamping: 403, pemilik: 403, mitra: 403, 'petugas-sampang': 403 });
  });
});
