import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessPayload, KW, makeNik, startTestApp, type TestApp } from '../../../../tests/support/test-app';

/**
 * Identifier search and masked personal data (issue 11): the head of office sees NIK and phone masked, so a
 * prefix search must not let them recover the hidden digits one request at a time; NIK and phone match
 * for them only as whole values. Officers, who see them, search by prefix.
 */
let t: TestApp;
const cookies: Record<string, string> = {};
const base = `/api/tenants/${KW}/businesses`;
let business: { id: string; owner: { nik: string; phone: string } };

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['kadis', 'petugas']) cookies[u] = await t.login(u);
  const res = await t.app.inject({
    method: 'POST',
    url: base,
    headers: { cookie: cookies.petugas! },
    payload: businessPayload(t.kecamatan[1]!, {
      name: 'Kopi Luwak Pak Ujang',
      licences: [{ kind: 'NIB', number: '9120055512345' }],
      owner: { fullName: 'Ujang Suryana', nik: makeNik(t.kecamatan[1]!.code, '1982-07-15', 'L', '0003'), gender: 'L', phone: '0857-2211-3344' },
    }),
  });
  expect(res.statusCode).toBe(201);
  business = res.json();
});
afterAll(() => t?.close());

async function found(user: string, q: string): Promise<boolean> {
  const res = await t.app.inject({ method: 'GET', url: `${base}?q=${encodeURIComponent(q)}`, headers: { cookie: cookies[user]! } });
  expect(res.statusCode).toBe(200);
  return res.json().items.some((i: { id: string }) => i.id === business.id);
}

async function exported(user: string, q: string): Promise<boolean> {
  const res = await t.app.inject({ method: 'GET', url: `${base}/export.csv?q=${encodeURIComponent(q)}`, headers: { cookie: cookies[user]! } });
  expect(res.statusCode).toBe(200);
  return res.body.includes('Kopi Luwak Pak Ujang');
}

describe('registry search by identifiers', () => {
  it('the head of office, who sees NIK and phone masked, finds an owner by them only through the whole value', async () => {
    const nik = business.owner.nik;
    expect(nik).toMatch(/^\d{16}$/);
    for (const prefix of [nik.slice(0, 7), nik.slice(0, 12), nik.slice(0, 15)]) expect(await found('kadis', prefix), prefix).toBe(false);
    for (const prefix of ['0857221', '+62857221133', '62857221133']) expect(await found('kadis', prefix), prefix).toBe(false);
    expect(await exported('kadis', nik.slice(0, 7))).toBe(false);
    expect(await found('kadis', nik)).toBe(true);
    for (const whole of ['0857-2211-3344', '+6285722113344', '085722113344']) expect(await found('kadis', whole), whole).toBe(true);
    expect(await exported('kadis', nik)).toBe(true);
  });

  it('the head still finds a business by an NIB prefix: NIB numbers are shown to them unmasked', async () => {
    expect(await found('kadis', '91200555')).toBe(true);
  });

  it('an officer, who sees NIK and phone, finds the owner by their prefixes', async () => {
    for (const q of [business.owner.nik.slice(0, 7), business.owner.nik, '0857221', '+62857221133', '91200555']) expect(await found('petugas', q), q).toBe(true);
    expect(await exported('petugas', business.owner.nik.slice(0, 7))).toBe(true);
  });
});
