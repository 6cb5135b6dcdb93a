/**
 * Shared types of the spreadsheet reader (`sheet-reader.ts` re-exports them; import from there).
 * Kept in their own file so the reader's helpers (zip guard, CSV, xlsx) can throw `SheetError`
 * without an import cycle.
 */

export type SheetFormat = 'csv' | 'xlsx';

export type SheetErrorReason =
  | 'empty'
  | 'not_spreadsheet'
  | 'encrypted'
  | 'legacy_xls'
  | 'corrupt'
  | 'zip_bomb'
  | 'too_large'
  | 'no_sheet';

/** Thrown for any file that cannot be read safely; `reason` maps to a message key `errors.import.<reason>`. */
export class SheetError extends Error {
  constructor(
    readonly reason: SheetErrorReason,
    message?: string,
  ) {
    super(message ?? `spreadsheet rejected: ${reason}`);
    this.name = 'SheetError';
  }

  /** The i18n key the web app translates (`errors.import.<reason>`). */
  get messageKey(): string {
    return `errors.import.${this.reason}`;
  }
}

/** Safety limits for one uploaded file. */
export interface SheetLimits {
  /** Largest file accepted, in bytes (checked before anything is parsed). */
  maxBytes: number;
  /** Largest total of inflated bytes over all entries of an xlsx (counted for real, not declared sizes). */
  maxUncompressedBytes: number;
  /** Most entries an xlsx zip may have. */
  maxZipEntries: number;
}

/** 50 MiB file, 500 MiB inflated, 10,000 zip entries: far above any real office list, far below harm. */
export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxZipEntries: 10_000,
};

/** One non-empty row: `rowNumber` is what the user sees in Excel (1-based), `cells` has no trailing empties. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/**
 * Turns an unexpected parser failure into `SheetError('corrupt')`. System errors (ENOENT, EACCES…)
 * are ours, not the file's, so they pass through unchanged.
 */
export function asSheetError(err: unknown): unknown {
  if (err instanceof SheetError) return err;
  if (err instanceof Error && 'syscall' in err) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SheetError('corrupt', `unreadable spreadsheet: ${message}`);
}

/** The size rules shared by `inspectSheet` and the row readers. */
export function assertSize(bytes: number, limits: SheetLimits): void {
  if (bytes === 0) throw new SheetError('empty', 'the file is empty');
  if (bytes > limits.maxBytes) throw new SheetError('too_large', `the file has ${bytes} bytes (limit ${limits.maxBytes})`);
}

/** Drops trailing empty cells in place; true when nothing is left (the row is skipped). */
export function trimTrailingEmpty(cells: string[]): boolean {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  cells.length = end;
  return end === 0;
}
