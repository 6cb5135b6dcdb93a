import { randomFillSync } from 'node:crypto';

/**
 * A time-ordered UUID (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits. Rows created
 * together get neighbouring keys, so a bulk insert appends to the right edge of the primary-key and
 * foreign-key indexes instead of touching random pages all over a million-row index (imports use it).
 */
export function uuidv7(now = Date.now()): string {
  const b = randomFillSync(Buffer.alloc(16));
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70; // version 7
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
