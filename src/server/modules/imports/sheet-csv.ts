import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { asSheetError, assertSize, trimTrailingEmpty, type SheetLimits, type SheetRow } from './sheet-types';

/** How much of the file decides encoding and delimiter. */
const SAMPLE_BYTES = 64 * 1024;
/** One record longer than this means a runaway quote, not data. */
const MAX_RECORD_CHARS = 1024 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Encoding from the first bytes: a BOM wins (Excel's "CSV UTF-8" writes EF BB BF, its "Unicode text"
 * writes FF FE); otherwise UTF-8 if the sample decodes strictly, else windows-1252 (Excel's plain
 * "CSV" on an Indonesian/English Windows). `skip` is the BOM length.
 */
export function detectEncoding(sample: Uint8Array, isWholeFile: boolean): { encoding: CsvEncoding; skip: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  try {
    // stream: true so a character cut at the sample's end is not mistaken for invalid UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !isWholeFile });
    return { encoding: 'utf-8', skip: 0 };
  } catch {
    return { encoding: 'windows-1252', skip: 0 };
  }
}

/**
 * The delimiter among `,` `;` tab `|` that splits the first records most consistently: for each
 * candidate, the number of records sharing its most common non-zero count (quotes respected), then
 * the larger count. Title rows without delimiters do not vote; `1,5` decimals lose to a `;` that
 * also appears in the header. No candidate at all → `,` (a one-column file).
 */
export function detectDelimiter(sample: string): string {
  const perRecord: number[][] = DELIMITERS.map(() => []);
  const current = DELIMITERS.map(() => 0);
  let inQuotes = false;
  let records = 0;
  const endRecord = () => {
    current.forEach((n, i) => perRecord[i]!.push(n));
    current.fill(0);
    records++;
  };
  for (let i = 0; i < sample.length && records < 100; i++) {
    const ch = sample[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n') endRecord();
    else {
      const d = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
      if (d !== -1) current[d]!++;
    }
  }
  if (records < 100 && !sample.endsWith('\n')) endRecord();
  let best: { delimiter: string; votes: number; count: number } = { delimiter: ',', votes: 0, count: 0 };
  DELIMITERS.forEach((delimiter, i) => {
    const tally = new Map<number, number>();
    for (const n of perRecord[i]!) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [count, votes] of tally) {
      if (votes > best.votes || (votes === best.votes && count > best.count)) best = { delimiter, votes, count };
    }
  });
  return best.delimiter;
}

/** Re-encodes a non-UTF-8 byte stream to UTF-8 for csv-parse, chunk by chunk (TextDecoder keeps split characters). */
function toUtf8(encoding: CsvEncoding): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'));
    },
    flush(done) {
      done(null, Buffer.from(decoder.decode(), 'utf8'));
    },
  });
}

/**
 * Streams the records of a CSV file. `rowNumber` counts every record including empty lines, which is
 * the row Excel shows when it opens the file (a quoted newline stays inside its cell); empty records
 * are then skipped. That is why `skip_empty_lines` is off: skipping inside csv-parse would shift numbers.
 */
export async function* readCsvRows(path: string, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const fh = await open(path, 'r');
  let sample: Buffer;
  let size: number;
  try {
    size = (await fh.stat()).size;
    assertSize(size, limits);
    sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    await fh.read(sample, 0, sample.length, 0);
  } finally {
    await fh.close();
  }
  const { encoding, skip } = detectEncoding(sample, size <= SAMPLE_BYTES);
  const text = new TextDecoder(encoding).decode(sample.subarray(skip));
  // Excel honours a first line `sep=;` (and hides it), so do we; the next line is then row 1.
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  // Otherwise drop the last (possibly cut) line of the sample so it cannot vote with a partial count.
  const delimiter =
    sepLine?.[1] ?? detectDelimiter(size > SAMPLE_BYTES ? text.slice(0, text.lastIndexOf('\n') + 1) || text : text);

  const file = createReadStream(path, { start: skip, highWaterMark: 256 * 1024 });
  const parser = parse({
    delimiter,
    bom: false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
    max_record_size: MAX_RECORD_CHARS,
    from_line: sepLine ? 2 : 1,
  });
  // pipeline: a read error reaches the parser (and so the loop below); an early stop closes the file.
  const stages = encoding === 'utf-8' ? [file, parser] : [file, toUtf8(encoding), parser];
  pipeline(stages, () => {});
  let recordNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      recordNumber++;
      if (trimTrailingEmpty(record)) continue;
      yield { rowNumber: recordNumber, cells: record };
    }
  } catch (err) {
    throw asSheetError(err);
  } finally {
    // The consumer may stop early (a preview reads a few rows): release the file now.
    parser.destroy();
    file.destroy();
  }
}
