import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SheetError, asSheetError, type SheetLimits } from './sheet-types';

/**
 * The zip guard run before exceljs sees an .xlsx: entry count, then every entry actually inflated with
 * its real bytes counted (declared sizes can lie). The row reader then reads the same entries through
 * the same central directory (yauzl), so what exceljs parses is exactly what was counted here.
 * While inflating it also collects the little the streaming row reader cannot know in time.
 */

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ZipFacts {
  /** Zip path of the first worksheet in tab order (e.g. `xl/worksheets/sheet1.xml`); null if unresolvable. */
  firstWorksheet: string | null;
  /** How many `<sheet>` elements workbook.xml lists (0 → the workbook has no sheet at all). */
  sheetCount: number;
  /** The shared-strings and styles parts named by the workbook's relationships (or the usual paths). */
  sharedStringsPart: string | null;
  stylesPart: string | null;
  /** Every entry name in the zip. */
  entryNames: Set<string>;
  /** Merged ranges per worksheet path, as declared in each sheet's `<mergeCells>`. */
  merges: Map<string, MergeRange[]>;
}

/** Enough for any real workbook; a file declaring more merges only loses the blanking of the extra ones. */
const MAX_MERGES = 100_000;
const MAX_XML_KEPT = 4 * 1024 * 1024;
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** Checks an xlsx for zip bombs and structural tricks, and collects what the streaming reader cannot know. */
export async function guardZip(path: string, limits: SheetLimits): Promise<ZipFacts> {
  let zip: ZipFile | undefined;
  try {
    zip = await openZip(path);
    if (zip.entryCount > limits.maxZipEntries) {
      throw new SheetError('zip_bomb', `zip has ${zip.entryCount} entries (limit ${limits.maxZipEntries})`);
    }
    const entries = [...(await zipEntries(zip)).values()];
    const names = new Set(entries.map((e) => e.fileName));
    if (!names.has('[Content_Types].xml') || !names.has(WORKBOOK)) {
      throw new SheetError('not_spreadsheet', 'zip is not an Excel workbook (no [Content_Types].xml or xl/workbook.xml)');
    }
    if (entries.some((e) => e.isEncrypted())) throw new SheetError('encrypted', 'zip entries are encrypted');
    // Cheap early exit; the real check is the inflated byte count below, because declared sizes can lie.
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limits.maxUncompressedBytes) throw bomb(declared, limits);
    return { ...(await inflateAll(zip, entries, limits)), entryNames: names };
  } catch (err) {
    // yauzl's validateEntrySizes reports an entry inflating past its declared size: a lying header.
    if (err instanceof Error && /too many bytes/.test(err.message)) throw new SheetError('zip_bomb', err.message);
    throw asSheetError(err);
  } finally {
    zip?.close();
  }
}

/** Opens a zip for entry-by-entry reading; validateEntrySizes makes yauzl check real against declared sizes. */
export function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

/** The central directory, by entry name (a duplicated name is corrupt: which copy would be read?). */
export function zipEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      if (entries.has(entry.fileName)) {
        reject(new SheetError('corrupt', `zip lists ${entry.fileName} twice`));
        return;
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** The inflated content of one entry. */
export function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}

function bomb(bytes: number, limits: SheetLimits): SheetError {
  return new SheetError('zip_bomb', `zip inflates to more than ${limits.maxUncompressedBytes} bytes (${bytes}+)`);
}

/** Inflates every entry, counting real bytes, and keeps the little that the row reader needs. */
async function inflateAll(
  zip: ZipFile,
  entries: readonly Entry[],
  limits: SheetLimits,
): Promise<Omit<ZipFacts, 'entryNames'>> {
  let total = 0;
  const merges = new Map<string, MergeRange[]>();
  const mergeBudget = { left: MAX_MERGES };
  const kept = new Map<string, string>();
  for (const entry of entries) {
    const stream = await openEntry(zip, entry);
    const name = entry.fileName;
    const scan = /^xl\/worksheets\/[^/]+\.xml$/.test(name) ? mergeScanner(merges, name, mergeBudget) : null;
    const keep = name === WORKBOOK || name === WORKBOOK_RELS ? ([] as Buffer[]) : null;
    let keptBytes = 0;
    await new Promise<void>((resolve, reject) => {
      let done = false;
      stream.on('data', (chunk: Buffer) => {
        if (done) return;
        total += chunk.length;
        if (total > limits.maxUncompressedBytes) {
          done = true;
          stream.destroy();
          reject(bomb(total, limits));
          return;
        }
        scan?.(chunk);
        if (keep && keptBytes < MAX_XML_KEPT) {
          keep.push(chunk);
          keptBytes += chunk.length;
        }
      });
      stream.on('end', () => !done && resolve());
      stream.on('error', (err) => {
        if (!done) reject(err);
        done = true;
      });
    });
    if (keep) kept.set(name, Buffer.concat(keep).toString('utf8'));
  }
  return { ...workbookParts(kept.get(WORKBOOK) ?? '', kept.get(WORKBOOK_RELS) ?? ''), merges };
}

/**
 * Collects `<mergeCell ref="A1:C1"/>` from a worksheet as it inflates. Searching raw bytes for the
 * tag keeps this cheap on big sheets (no string conversion except around a hit).
 */
function mergeScanner(merges: Map<string, MergeRange[]>, sheet: string, budget: { left: number }) {
  const mark = Buffer.from('mergeCell');
  let carry: Buffer = Buffer.alloc(0);
  return (chunk: Buffer): void => {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    let pending = -1;
    for (let at = buf.indexOf(mark, 1); at !== -1; at = buf.indexOf(mark, from)) {
      from = at + mark.length;
      // Only a tag (`<mergeCell` or `<x:mergeCell`), not the words inside some cell's text.
      if (buf[at - 1] !== 0x3c && buf[at - 1] !== 0x3a) continue;
      const close = buf.indexOf(0x3e /* > */, at);
      if (close === -1) {
        pending = at;
        break;
      }
      const m = /^mergeCell\s[^>]*?\bref\s*=\s*["']([A-Z]+)(\d+):([A-Z]+)(\d+)["']/i.exec(buf.toString('latin1', at, close));
      if (m && budget.left > 0) {
        budget.left--;
        const list = merges.get(sheet) ?? [];
        list.push({ top: +m[2]!, left: columnNumber(m[1]!), bottom: +m[4]!, right: columnNumber(m[3]!) });
        merges.set(sheet, list);
      }
      from = close + 1;
    }
    // Keep an unfinished tag (bounded) or a possibly split marker for the next chunk.
    const keepFrom =
      pending !== -1 && buf.length - pending < 1024 ? pending - 1 : Math.max(from, buf.length - mark.length - 1);
    carry = Buffer.from(buf.subarray(keepFrom));
  };
}

/** `A` → 1, `AA` → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, m[2] ?? m[3] ?? '');
  return out;
}

/**
 * From workbook.xml and its relationships: the first `<sheet>` in tab order whose target is a
 * worksheet (not a chart sheet), and where the shared strings and styles live (some writers do not
 * use the usual `xl/sharedStrings.xml`; missing them would silently empty every text cell).
 */
function workbookParts(workbookXml: string, relsXml: string): Omit<ZipFacts, 'merges' | 'entryNames'> {
  const rels = new Map<string, { type: string; target: string }>();
  let sharedStringsPart: string | null = 'xl/sharedStrings.xml';
  let stylesPart: string | null = 'xl/styles.xml';
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    const rel = { type: a.get('Type') ?? '', target: partPath(a.get('Target') ?? '') };
    rels.set(a.get('Id') ?? '', rel);
    if (/\/sharedStrings$/.test(rel.type)) sharedStringsPart = rel.target;
    if (/\/styles$/.test(rel.type)) stylesPart = rel.target;
  }
  let sheetCount = 0;
  let firstWorksheet: string | null = null;
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    sheetCount++;
    const relId = [...attributes(m[1]!)].find(([k]) => /:id$/.test(k))?.[1];
    const rel = relId === undefined ? undefined : rels.get(relId);
    if (firstWorksheet === null && rel && /\/worksheet$/.test(rel.type)) firstWorksheet = rel.target;
  }
  return { firstWorksheet, sheetCount, sharedStringsPart, stylesPart };
}

/** A relationship target (relative to `xl/`, or absolute from the package root) as a zip path. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.join('xl', target);
}
