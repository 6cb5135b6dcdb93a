/**
 * Small pure helpers for what owners type on a phone keyboard: phone numbers, NIK and one-time codes.
 * People paste "3204 0157 0879 0007" or "0812-3456-789"; we keep the digits and never scold the spaces.
 */

/** Only the digits of `text`. */
export const digitsOnly = (text: string): string => text.replace(/\D+/g, '');

/** The NIK as the owner typed it, reduced to at most 16 digits (spaces, dots and dashes dropped). */
export const normaliseNik = (text: string): string => digitsOnly(text).slice(0, 16);

/** True for exactly 16 digits. */
export const isNik = (text: string): boolean => /^\d{16}$/.test(text);

/** The one-time code reduced to at most 6 digits. */
export const normaliseOtp = (text: string): string => digitsOnly(text).slice(0, 6);

/** True for exactly 6 digits. */
export const isOtp = (text: string): boolean => /^\d{6}$/.test(text);

/** The phone in national form (0812…): "+62 812…" and "62812…" become "0812…". */
export function nationalPhone(text: string): string {
  const digits = digitsOnly(text);
  if (digits.startsWith('62')) return `0${digits.slice(2)}`;
  if (digits.startsWith('8')) return `0${digits}`;
  return digits;
}

/**
 * A phone number fit for an Indonesian mobile: 0 + 8 + 8–12 more digits (0812-3456-789 … 0812-3456-78901).
 * The server has the last word; this only catches obvious slips before a slow round trip.
 */
export const isPlausiblePhone = (text: string): boolean => /^08\d{8,12}$/.test(nationalPhone(text));

/**
 * The phone with its middle hidden, as shown on the code screen: "0812••••789". The server sends its
 * own mask; this one is the fallback and the same rule. Short numbers keep at most a third visible.
 */
export function maskPhone(text: string): string {
  const phone = nationalPhone(text);
  if (phone.length >= 9) return `${phone.slice(0, 4)}••••${phone.slice(-3)}`;
  const keep = Math.floor(phone.length / 3);
  return `${phone.slice(0, keep)}••••${keep > 0 ? phone.slice(-keep) : ''}`;
}

/** The year the owner typed as a number, or null when empty; NaN when it is not a year. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
