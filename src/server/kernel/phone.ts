/**
 * Normalises an Indonesian phone number to +62 form: "0812-3456-7890", "62 812 3456 7890",
 * "+62812..." and "812..." all become "+6281234567890". Landlines keep their area code
 * ("(022) 5891234" → "+62225891234"). Returns null when it cannot be a number in Indonesia.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d\s().-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.startsWith('62')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  // Mobile numbers: 8xx, 9–12 digits after the trunk prefix. Landlines: area code 2–7/9, 8–11 digits.
  const mobile = /^8[1-9]\d{7,10}$/.test(digits);
  const landline = /^[2-79]\d{7,10}$/.test(digits);
  return mobile || landline ? `+62${digits}` : null;
}

/** Masks a phone number for roles that do not need it: the country code, operator prefix and last 3 stay. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.slice(0, 6) + '•'.repeat(Math.max(0, phone.length - 9)) + phone.slice(-3);
}
