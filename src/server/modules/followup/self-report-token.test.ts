import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signSelfReportToken, verifySelfReportToken } from './self-report-token';

const key = randomBytes(32);
const claim = { kodeWilayah: '32.04', businessId: '0192f0a4-1111-7000-8000-000000000001', taskId: '0192f0a4-2222-7000-8000-000000000002', expiresAt: 1_800_000_000 };

describe('self-report link tokens', () => {
  it('accepts a genuine link until it expires, and says "expired" after', () => {
    const token = signSelfReportToken(key, claim);
    expect(verifySelfReportToken(key, token, claim.expiresAt)).toEqual({ ok: true, claim });
    expect(verifySelfReportToken(key, token, claim.expiresAt + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses an edited expiry, another business, another key and garbage as invalid', () => {
    const token = signSelfReportToken(key, claim);
    expect(verifySelfReportToken(key, token.replace('~1800000000~', '~1900000000~'), 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifySelfReportToken(key, token.replace(claim.businessId, '0192f0a4-1111-7000-8000-000000000009'), 0).ok).toBe(false);
    expect(verifySelfReportToken(randomBytes(32), token, 0)).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of ['', 'S1', 'S1~32.04~x~y~1~z', token.slice(0, -1), token.replace('S1~', 'S2~')]) {
      expect(verifySelfReportToken(key, bad, 0)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('is URL-safe', () => {
    expect(encodeURIComponent(signSelfReportToken(key, claim))).toBe(signSelfReportToken(key, claim));
  });
});
