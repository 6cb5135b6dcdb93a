/**
 * Small facts about the device every app needs the same way: its calendar day and a fresh id.
 * Shared by the office app, the owner portal and the field app (no dependencies, tiny).
 */

/** The device's calendar day as YYYY-MM-DD (local time: at 06:00 WIB it is still "yesterday" in UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A random UUID (v4) for an idempotency key. `crypto.randomUUID` exists only in secure contexts (https,
 * localhost) and newer browsers; plain-http intranets and old phones still have `getRandomValues`.
 */
export function newId(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
