import { createHmac, timingSafeEqual } from 'node:crypto';
import { KODE_WILAYAH_PATTERN } from '../../kernel/region-code';

/**
 * The owner's personal self-report link (issue 5): `S2~<kw>~<task>~<expires>~<signature>`, sent through the
 * outbox (often by SMS, so it is short: the task id as 22 base64url characters, the expiry in base 36, a
 * 16-character signature), opened without a login. The HMAC (same key as check-in codes) makes it impossible
 * to forge or to edit into another task; the expiry (Unix seconds, inside the signature) makes an old link
 * useless. The business is the task's. `~` separates because it is URL-safe and appears in neither part.
 */
export interface SelfReportClaim {
  kodeWilayah: string;
  taskId: string;
  /** Unix seconds after which the link is refused. */
  expiresAt: number;
}

export type SelfReportCheck = { ok: true; claim: SelfReportClaim } | { ok: false; reason: 'invalid' | 'expired' };

const PREFIX = 'S2';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const packUuid = (uuid: string) => Buffer.from(uuid.replaceAll('-', ''), 'hex').toString('base64url');
function unpackUuid(packed: string): string | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(packed)) return null;
  const hex = Buffer.from(packed, 'base64url').toString('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID.test(uuid) && packUuid(uuid) === packed ? uuid : null;
}

const body = (c: SelfReportClaim) => [PREFIX, c.kodeWilayah, packUuid(c.taskId), c.expiresAt.toString(36)].join('~');
/** 96 bits of HMAC-SHA256: plenty against guessing through a rate-limited endpoint, short enough for an SMS. */
const signature = (key: Buffer, c: SelfReportClaim) => createHmac('sha256', key).update(`self-report|${body(c)}`).digest('base64url').slice(0, 16);

/** Signs a self-report link token. */
export function signSelfReportToken(key: Buffer, claim: SelfReportClaim): string {
  return `${body(claim)}~${signature(key, claim)}`;
}

/** Checks a token: the claim when genuine and not expired at `nowSeconds`; else why not (forged and expired differ for the message). */
export function verifySelfReportToken(key: Buffer, token: string, nowSeconds: number): SelfReportCheck {
  const parts = token.trim().split('~');
  if (parts.length !== 5 || parts[0] !== PREFIX) return { ok: false, reason: 'invalid' };
  const [, kodeWilayah, packedTask, expires, given] = parts as [string, string, string, string, string];
  const taskId = unpackUuid(packedTask);
  if (!KODE_WILAYAH_PATTERN.test(kodeWilayah) || !taskId || !/^[0-9a-z]{1,10}$/.test(expires)) return { ok: false, reason: 'invalid' };
  const claim = { kodeWilayah, taskId, expiresAt: parseInt(expires, 36) };
  const expected = Buffer.from(signature(key, claim));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'invalid' };
  // Checked after the signature, so "expired" is only ever said of a link we really issued.
  return claim.expiresAt < nowSeconds ? { ok: false, reason: 'expired' } : { ok: true, claim };
}
