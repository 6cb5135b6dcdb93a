import { createHmac, timingSafeEqual } from 'node:crypto';
import { KODE_WILAYAH_PATTERN } from '../../kernel/region-code';

/**
 * The text of a participant's check-in QR: `B1.<kw>.<participantId>.<batchId>.<signature>`. The HMAC
 * signature makes a code impossible to forge or to edit into another participant's; the batch in it
 * lets the scanner say "this code is for another class". A code stays the same for the whole batch, so
 * a rescan of it is recognised as the same check-in, never a second one.
 */
export interface CheckinClaim {
  kodeWilayah: string;
  participantId: string;
  batchId: string;
}

const PREFIX = 'B1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(key: Buffer, claim: CheckinClaim): string {
  return createHmac('sha256', key).update(`${claim.kodeWilayah}|${claim.participantId}|${claim.batchId}`).digest('base64url').slice(0, 22);
}

/** Signs a claim into the QR text. */
export function signCheckinToken(key: Buffer, claim: CheckinClaim): string {
  return [PREFIX, claim.kodeWilayah, claim.participantId, claim.batchId, signature(key, claim)].join('.');
}

/** The claim of a genuine code, or null for anything unreadable, edited or signed with another key. */
export function verifyCheckinToken(key: Buffer, token: string): CheckinClaim | null {
  const parts = token.trim().split('.');
  // The regency code itself contains a dot ("32.04"), hence six parts.
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [, a, b, participantId, batchId, given] = parts as [string, string, string, string, string, string];
  const claim = { kodeWilayah: `${a}.${b}`, participantId, batchId };
  if (!KODE_WILAYAH_PATTERN.test(claim.kodeWilayah) || !UUID.test(participantId) || !UUID.test(batchId)) return null;
  const expected = Buffer.from(signature(key, claim));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? claim : null;
}
