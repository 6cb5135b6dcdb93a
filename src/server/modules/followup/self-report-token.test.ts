import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signSelfReportToken, verifySelfReportToken } from './self-report-token';

const key = randomBytes(32);
const claim = { kodeWilayah: '32.04', taskId: '0192f0a4-2222-7000-8000-000000000002', expiresAt: 1_800_000_000 };

describe('self-report link tokens', () => {
  it('accepts a genuine link until it expires, and says "expired" after', () => {
    const token = signSelfReportToken(key, claim);
    expect(verifySelfReportToken(key, token, claim.expiresAt)).toEqual({ ok: true, claim });
    expect(verifySelfReportToken(key, token, claim.expiresAt + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses an edited expiry, another task, another regency, another key and garbage as invalid', () => {
    const token = signSelfReportToken(key, claim);
    const parts = token.split('~');
    const later = signSelfReportToken(key, { ...claim, expiresAt: 1_900_000_000 }).split('~')[3];
    expect(verifySelfReportToken(key, [parts[0], parts[1], parts[2], later, parts[4]].join('~'), 0)).toEqual({ ok: false, reason: 'invalid' });
    const other = signSelfReportToken(key, { ...claim, taskId: '0192f0a4-2222-7000-8000-000000000009' }).split('~')[2];
    expect(verifySelfReportToken(key, [parts[0], parts[1], other, parts[3], parts[4]].join('~'), 0).ok).toBe(false);
    expect(verifySelfReportToken(key, token.replace('~32.04~', '~35.27~'), 0).ok).toBe(false);
    expect(verifySelfReportToken(randomBytes(32), token, 0)).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of ['', 'S2', 'S2~32.04~x~y~z', token.slice(0, -1), token.replace('S2~', 'S1~'), `${token}~x`]) {
      expect(verifySelfReportToken(key, bad, 0)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('is URL-safe and short enough for an SMS link', () => {
    const token = signSelfReportToken(key, claim);
    expect(encodeURIComponent(token)).toBe(token);
    expect(token.length).toBeLessThanOrEqual(60);
  });
});
