import { open } from 'node:fs/promises';
import { readCsvRows } from './sheet-csv';
import {
  DEFAULT_SHEET_LIMITS,
  SheetError,
  assertSize,
  type SheetFormat,
  type SheetLimits,
  type SheetRow,
} from './sheet-types';
import { firstSheetPath, readXlsxRows } from './sheet-xlsx';
import { guardZip } from './sheet-zip-guard';

/**
 * The defensive, streaming reader of uploaded office spreadsheets (MSME lists), used by the import
 * service: `inspectSheet` decides the format from the bytes and rejects what cannot be read safely,
 * `readSheetRows` then yields the rows one by one (memory stays flat for a million-row CSV).
 *
 * Split over `sheet-types.ts` (API types, `SheetError`), `sheet-zip-guard.ts` (zip bombs, entry
 * counts, workbook facts), `sheet-csv.ts` (encoding, delimiter, csv-parse) and `sheet-xlsx.ts` (exceljs
 * streaming, cell → text). Import from this file only.
 */
export {
  DEFAULT_SHEET_LIMITS,
  SheetError,
  type SheetErrorReason,
  type SheetFormat,
  type SheetLimits,
  type SheetRow,
} from './sheet-types';

/** OLE needs the first megabyte (the "EncryptionInfo" directory name); every other sniff the first 64 KB. */
const OLE_SCAN_BYTES = 1024 * 1024;
const TEXT_SCAN_BYTES = 64 * 1024;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = Buffer.from('PK\x03\x04', 'latin1');
/** Password-protected .xlsx files are OLE containers holding a stream of this name (UTF-16LE in the directory). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Binary formats people rename to .csv/.xlsx, recognised by their first bytes. */
const BINARY_MAGIC: ReadonlyArray<readonly [string, Buffer]> = [
  ['PDF document', Buffer.from('%PDF-', 'latin1')],
  ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ['JPEG image', Buffer.from([0xff, 0xd8, 0xff])],
  ['GIF image', Buffer.from('GIF8', 'latin1')],
  ['TIFF image', Buffer.from([0x49, 0x49, 0x2a, 0x00])],
  ['TIFF image', Buffer.from([0x4d, 0x4d, 0x00, 0x2a])],
  ['WebP/RIFF file', Buffer.from('RIFF', 'latin1')],
  ['RTF document', Buffer.from('{\\rtf', 'latin1')],
  ['other zip archive', Buffer.from('PK\x05\x06', 'latin1')],
  ['other zip archive', Buffer.from('PK\x07\x08', 'latin1')],
];

/**
 * Decides the format from the bytes (never from the file name) and checks the file is safe to read:
 * size, OLE (encrypted xlsx / legacy xls), known binary formats, text-ness for CSV, and for a zip the
 * full zip-bomb guard plus the presence of a first worksheet. Throws `SheetError`.
 */
export async function inspectSheet(
  path: string,
  limits: SheetLimits = DEFAULT_SHEET_LIMITS,
): Promise<{ format: SheetFormat; bytes: number }> {
  const fh = await open(path, 'r');
  let bytes: number;
  let head: Buffer;
  try {
    bytes = (await fh.stat()).size;
    assertSize(bytes, limits);
    head = Buffer.alloc(Math.min(bytes, OLE_SCAN_BYTES));
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }

  if (startsWith(head, ZIP_LOCAL)) {
    // Fail at upload, not later at reading, when the workbook has no readable first worksheet.
    firstSheetPath(await guardZip(path, limits));
    return { format: 'xlsx', bytes };
  }
  if (startsWith(head, OLE_MAGIC)) {
    if (head.includes(ENCRYPTION_INFO)) {
      throw new SheetError('encrypted', 'the workbook is password-protected; remove the password and upload again');
    }
    throw new SheetError('legacy_xls', 'old Excel 97-2003 (.xls) file; save it as .xlsx and upload again');
  }
  for (const [what, magic] of BINARY_MAGIC) {
    if (startsWith(head, magic)) throw new SheetError('not_spreadsheet', `the file is a ${what}, not a spreadsheet`);
  }
  const sample = head.subarray(0, TEXT_SCAN_BYTES);
  // UTF-16 text (Excel's "Unicode text" export) is full of NULs by nature; any other NUL means binary.
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (!utf16 && sample.includes(0)) throw new SheetError('not_spreadsheet', 'the file is binary, not a CSV');
  if (!utf16 && looksLikeMarkup(sample)) {
    // Web "Excel exports" are often HTML tables or XML Spreadsheet 2003 renamed .xls/.csv.
    throw new SheetError('not_spreadsheet', 'the file is HTML/XML, not CSV; open it in Excel and save as .xlsx');
  }
  return { format: 'csv', bytes };
}

/**
 * Streams the rows of the first worksheet (xlsx) or the CSV, one at a time, never holding the file.
 * `rowNumber` is the 1-based row the user sees in Excel (entirely empty rows are skipped but keep
 * the numbering of the others); `cells` are trimmed strings without trailing empty cells.
 * `format` must come from `inspectSheet`. An xlsx goes through the zip guard again here (it is also
 * what finds merged ranges), so this is safe on its own. Throws `SheetError` ('corrupt' on malformed
 * content). Stopping early (`break`) releases the file.
 */
export function readSheetRows(
  path: string,
  format: SheetFormat,
  limits: SheetLimits = DEFAULT_SHEET_LIMITS,
): AsyncGenerator<SheetRow> {
  // Returned directly rather than re-yielded: one generator hop less per row matters at 200k rows/s.
  return format === 'xlsx' ? readXlsxRows(path, limits) : readCsvRows(path, limits);
}

function startsWith(buf: Buffer, magic: Buffer): boolean {
  return buf.length >= magic.length && buf.subarray(0, magic.length).equals(magic);
}

function looksLikeMarkup(sample: Buffer): boolean {
  const start = sample.subarray(0, 512).toString('latin1').replace(/^(\xef\xbb\xbf)?\s*/, '').toLowerCase();
  return /^<(\?xml|!doctype html|html|table|head|body|meta)\b/.test(start);
}
