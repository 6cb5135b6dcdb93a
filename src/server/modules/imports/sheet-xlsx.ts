import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ZipFile } from 'yauzl';
import { SheetError, asSheetError, assertSize, trimTrailingEmpty, type SheetLimits, type SheetRow } from './sheet-types';
import { guardZip, openEntry, openZip, zipEntries, type MergeRange, type ZipFacts } from './sheet-zip-guard';

/** The part parsers of exceljs's streaming reader that we drive ourselves (private in 4.4, see below). */
interface ExcelJsParts {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
  _parseWorksheet(stream: Readable, id: string): Iterable<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
  properties?: { model?: { date1904?: boolean } };
}

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';

/**
 * Streams the rows of the first worksheet (tab order, chart sheets skipped) of an .xlsx.
 *
 * The zip guard runs first, even if `inspectSheet` already did: it is what keeps exceljs away from
 * bombs, and the only place that can see `<mergeCells>`, which sit *after* the rows in the sheet XML,
 * too late for a streaming reader. With them every non-top-left cell of a merge is blanked, so a
 * merged header reads `["Lokasi", ""]` whatever program wrote the file (Excel already leaves those
 * cells empty; LibreOffice may keep hidden contents there).
 *
 * exceljs's `WorkbookReader` parses the XML parts, but we feed it the parts ourselves through yauzl
 * (the zip's central directory) in dependency order — relationships, workbook, styles, shared
 * strings, then only our sheet — instead of calling its `parse()`. That single streaming pass over
 * the zip (exceljs 4.4 + unzipper) can lose a late entry such as `xl/workbook.xml`, which exceljs
 * itself writes last ("Cannot read properties of undefined (reading 'sheets')", exceljs#3064; hit
 * once in this module's test runs while it still used `parse()`); it spools every sheet preceding
 * sharedStrings.xml (Excel's own order) to temp files and leaks them, with an open descriptor, when
 * reading stops early (measured); and it trusts local zip headers the guard never looked at.
 * Through yauzl, exceljs parses exactly the entries the guard inflated, and nothing touches disk.
 */
export async function* readXlsxRows(path: string, limits: SheetLimits): AsyncGenerator<SheetRow> {
  assertSize((await stat(path)).size, limits);
  const facts = await guardZip(path, limits);
  const sheetPath = firstSheetPath(facts);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  }) as unknown as ExcelJsParts;
  let zip: ZipFile | undefined;
  const streams: Readable[] = [];
  try {
    const opened = (zip = await openZip(path));
    const entries = await zipEntries(opened);
    const part = async (name: string | null): Promise<Readable | null> => {
      const entry = name === null ? undefined : entries.get(name);
      if (!entry) return null;
      const stream = await openEntry(opened, entry);
      streams.push(stream);
      return stream;
    };
    const rels = await part(RELS);
    if (rels) await reader._parseRels(rels);
    await reader._parseWorkbook((await part(WORKBOOK))!);
    const styles = await part(facts.stylesPart);
    if (styles) await reader._parseStyles(styles);
    const strings = await part(facts.sharedStringsPart);
    if (strings) for await (const _ of reader._parseSharedStrings(strings));
    const [event] = reader._parseWorksheet((await part(sheetPath))!, '1');
    if (!event) throw new SheetError('no_sheet', 'the first worksheet could not be opened');
    const date1904 = reader.properties?.model?.date1904 === true;
    yield* sheetRows(event.value, facts.merges.get(sheetPath) ?? [], date1904);
  } catch (err) {
    throw asSheetError(err);
  } finally {
    // Also runs when the consumer stops early (a preview reads a few rows) or a part fails half-read.
    for (const stream of streams) stream.destroy();
    zip?.close();
  }
}

/** The zip path of the first worksheet; throws `no_sheet` when the workbook has none we can read. */
export function firstSheetPath(facts: ZipFacts): string {
  if (facts.sheetCount === 0) throw new SheetError('no_sheet', 'the workbook has no sheet');
  if (facts.firstWorksheet === null || !facts.entryNames.has(facts.firstWorksheet)) {
    throw new SheetError('no_sheet', 'the first worksheet of the workbook is missing');
  }
  return facts.firstWorksheet;
}

async function* sheetRows(
  rows: AsyncIterable<ExcelJS.Row>,
  merges: readonly MergeRange[],
  date1904: boolean,
): AsyncGenerator<SheetRow> {
  const pending = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: MergeRange[] = [];
  let last = 0;
  for await (const row of rows) {
    // `r` is optional in the format; without it a row follows the previous one.
    const rowNumber = Number.isInteger(row.number) && row.number > 0 ? row.number : last + 1;
    last = rowNumber;
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      cells[col - 1] = cellText(cell.value, cell.numFmt, date1904);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    while (next < pending.length && pending[next]!.top <= rowNumber) active.push(pending[next++]!);
    if (active.length > 0) {
      active = active.filter((m) => m.bottom >= rowNumber);
      for (const m of active) {
        for (let c = m.left; c <= Math.min(m.right, cells.length); c++) {
          if (rowNumber !== m.top || c !== m.left) cells[c - 1] = '';
        }
      }
    }
    if (trimTrailingEmpty(cells)) continue;
    yield { rowNumber, cells };
  }
}

/**
 * exceljs's test for a date number format (date/time letters outside quotes and brackets), made
 * case-insensitive like Excel (`DD/MM/YYYY` is a date) and ignoring escaped, padding and fill characters.
 */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '');
  return /[ymdhsb]/i.test(bare);
}

/**
 * One cell as the text the import works with. Strings trimmed; numbers plain (see `plainNumber`);
 * dates `YYYY-MM-DD`; rich text joined; formulas → cached result; hyperlinks → text;
 * booleans `TRUE`/`FALSE`; errors and anything unknown → "".
 */
export function cellText(value: unknown, numFmt?: string, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return isDateFormat(numFmt) ? serialToDate(value, date1904) : plainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return '';
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return v.richText.map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : '')).join('').trim();
  }
  if ('error' in v) return '';
  // exceljs gives the cached result of a formula as a number even under a date format: convert it here.
  if ('formula' in v || 'sharedFormula' in v) return cellText(v.result, numFmt, date1904);
  if ('text' in v) return cellText(v.text);
  return '';
}

function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Excel serial → `YYYY-MM-DD` (the 1904 system starts 1462 days later), as exceljs converts. */
function serialToDate(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial)) return '';
  return isoDate(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)));
}

/**
 * A number as plain decimal text: no exponent, no grouping. Integers are kept exactly (a 16-digit
 * NIK typed as a number by a script must not be rounded); other numbers are rounded to the 15
 * significant digits Excel displays, so a stored 0.30000000000000004 reads "0.3".
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n === 0 ? 0 : n) : BigInt(n).toString();
  const text = String(Number(n.toPrecision(15)));
  const m = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
  // Only tiny non-integers reach here with an exponent (every double ≥ 2^53 is an integer).
  return m ? `${m[1]}0.${'0'.repeat(Number(m[4]) - 1)}${m[2]}${m[3] ?? ''}` : text;
}
