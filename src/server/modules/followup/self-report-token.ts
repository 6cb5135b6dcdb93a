import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The owner's personal self-report link (issue 5): `S1~<kw>~<business>~<task>~<expires>~<signature>`, sent
 * through the outbox, opened without a login. The HMAC (same key as check-in codes) makes it impossible to
 * forge or to edit into another business or task; the expiry (Unix seconds, inside the signature) makes an
 * old link useless. `~` separates because it is URL-safe and appears in neither codes nor base64url.
 */
export interface SelfReportClaim {
  kodeWilayah: string;
  businessId: string;
  taskId: string;
  /** Unix seconds after which the link is refused. */
  expiresAt: number;
}

export type SelfReportCheck = { ok: true; claim: SelfReportClaim } | { ok: false; reason: 'invalid' | 'expired' };

const PREFIX = 'S1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const body = (c: SelfReportClaim) => [PREFIX, c.kodeWilayah, c.businessId, c.taskId, String(c.expiresAt)].join('~');
const signature = (key: Buffer, c: SelfReportClaim) => createHmac('sha256', key).update(`self-report|${body(c)}`).digest('base64url').slice(0, 27);

/** Signs a self-report link token. */
export function signSelfReportToken(key: Buffer, claim: SelfReportClaim): string {
  return `${body(claim)}~${signature(key, claim)}`;
}

/** Checks a token: the claim when genuine and not expired at `nowSeconds`; else why not (forged and expired differ for the message). */
export function verifySelfReportToken(key: Buffer, token: string, nowSeconds: number): SelfReportCheck {
  const parts = token.trim().split('~');
  if (parts.length !== 6 || parts[0] !== PREFIX) return { ok: false, reason: 'invalid' };
  const [, kodeWilayah, businessId, taskId, expires, given] = parts as [string, string, string, string, string, string];
  if (!/^\d{2}\.\d{2}$/.test(kodeWilayah) || !UUID.test(businessId) || !UUID.test(taskId) || !/^\d{1,12}$/.test(expires)) return { ok: false, reason: 'invalid' };
  const claim = { kodeWilayah, businessId, taskId, expiresAt: Number(expires) };
  const expected = Buffer.from(signature(key, claim));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'invalid' };
  // Checked after the signature, so "expired" is only ever said of a link we really issued.
  return claim.expiresAt < nowSeconds ? { ok: false, reason: 'expired' } : { ok: true, claim };
}
