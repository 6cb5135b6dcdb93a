import type { ImportColumn, ImportField } from '../../api/types';

/** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The mapping as the server expects it: one entry per column, in column order. */
export function mappingOf(columns: ImportColumn[]): (ImportField | null)[] {
  const out: (ImportField | null)[] = [];
  for (const c of columns) out[c.index] = c.field;
  return Array.from(out, (f) => f ?? null);
}

/** Fields chosen for more than one column, each with the indexes of those columns. */
export function repeatedFields(mapping: (ImportField | null)[]): Map<ImportField, number[]> {
  const seen = new Map<ImportField, number[]>();
  mapping.forEach((f, i) => {
    if (f) seen.set(f, [...(seen.get(f) ?? []), i]);
  });
  return new Map([...seen].filter(([, idx]) => idx.length > 1));
}

/**
 * Required fields not chosen for any column, as the server checks them: the business and owner names,
 * and the desa (every record needs its desa code; a kecamatan column only helps to read the desa).
 */
export function missingRequired(mapping: (ImportField | null)[]): ImportField[] {
  return (['businessName', 'ownerName', 'desa'] as const).filter((f) => !mapping.includes(f));
}
