/**
 * Defences against CSV / formula injection (OWASP "CSV Injection") for any file a spreadsheet opens.
 * Registry data is typed by many hands; a business or kecamatan name such as `=HYPERLINK(...)` or
 * `=cmd|' /C calc'!A0` must reach the reader as plain text, never as something Excel evaluates.
 */

/**
 * Characters that make spreadsheet software treat a cell as a formula (or, for tab and carriage
 * return, let an attacker smuggle one past a naive first-character check after field splitting).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Make a text cell inert: if it begins with `=`, `+`, `-`, `@`, a tab or a carriage return, prefix a
 * single quote `'` so the spreadsheet shows it as text. Other strings are returned unchanged.
 *
 * @param value the text about to be written to a cell
 * @returns the same text, or the text prefixed with `'` when it could be read as a formula
 */
export function neutraliseCell(value: string): string {
  const first = value.charAt(0);
  return FORMULA_TRIGGERS.has(first) ? `'${value}` : value;
}

/**
 * The value to write to a cell: numbers stay numbers (so sums and number formats keep working —
 * a negative number is a value, not a formula), strings are neutralised, and null/undefined
 * become an empty cell.
 *
 * @param v the raw value
 * @returns a number, a neutralised string, or null for an empty cell
 */
export function safeCellValue(v: string | number | null | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  return neutraliseCell(v);
}
