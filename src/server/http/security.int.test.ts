import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KW, startTestApp, TEST_PASSWORD, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'http://localhost:3000' });
});
afterAll(() => t?.close());

const login = (headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username: 'petugas', password: TEST_PASSWORD } });

describe('requests from other sites', () => {
  it('refuses a state-changing request from another origin with a clear message', async () => {
    const attempts: Record<string, string>[] = [{ origin: 'https://jahat.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'http://localhost:3000.jahat.example' }];
    for (const headers of attempts) {
      const res = await login(headers);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.messageKey).toBe('errors.origin');
      expect(res.cookies).toHaveLength(0);
    }
    const cookie = await t.login('admin');
    const put = await t.app.inject({ method: 'PUT', url: `/api/tenants/${KW}/settings`, headers: { cookie, origin: 'https://jahat.example' }, payload: {} });
    expect(put.statusCode).toBe(403);
    // Reading is not state-changing (and the SameSite=Strict cookie is not sent cross-site anyway).
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie, origin: 'https://jahat.example' } })).statusCode).toBe(200);
  });

  it('lets the app itself through: PUBLIC_URL, the address it was reached at, or no Origin at all', async () => {
    expect((await login({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
    expect((await login({ host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000' })).statusCode).toBe(200);
    expect((await login({})).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a content security policy, no framing, nosniff and a referrer policy; no HSTS on plain HTTP', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('behind https (PUBLIC_URL): HSTS, secure cookies and upgraded requests', async () => {
    const https = await startTestApp({ PUBLIC_URL: 'https://berdaya.bandungkab.go.id' });
    try {
      const res = await https.app.inject({
        method: 'POST', url: '/api/auth/login',
        headers: { origin: 'https://berdaya.bandungkab.go.id' },
        payload: { username: 'kadis', password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.cookies.find((c) => c.name === 'berdaya_session')!.secure).toBe(true);
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await https.close();
    }
  });
});
