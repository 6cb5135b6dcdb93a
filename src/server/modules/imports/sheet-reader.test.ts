import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDelimiter, detectEncoding } from './sheet-csv';
import {
  DEFAULT_SHEET_LIMITS,
  SheetError,
  inspectSheet,
  readSheetRows,
  type SheetErrorReason,
  type SheetFormat,
  type SheetLimits,
  type SheetRow,
} from './sheet-reader';
import { cellText, plainNumber } from './sheet-xlsx';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'berdaya-sheet-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileNo = 0;
async function fixture(name: string, content: Buffer | string): Promise<string> {
  const path = join(dir, `${++fileNo}-${name}`);
  await writeFile(path, content);
  return path;
}

async function rows(path: string, format: SheetFormat, limits?: SheetLimits): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of readSheetRows(path, format, limits)) out.push(row);
  return out;
}

async function reasonOf(promise: Promise<unknown>): Promise<SheetErrorReason> {
  return (await sheetErrorOf(promise)).reason;
}

async function sheetErrorOf(promise: Promise<unknown>): Promise<SheetError> {
  const err = await promise.then(
    () => {
      throw new Error('expected a SheetError, got success');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SheetError);
  return err as SheetError;
}

const limits = (over: Partial<SheetLimits>): SheetLimits => ({ ...DEFAULT_SHEET_LIMITS, ...over });

// ---- a tiny zip writer, so tests can build exactly the archives (and lies) they need --------------
interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Uncompressed size written in the headers (defaults to the truth). */
  declaredSize?: number;
  /** Written as a local entry but left out of the central directory. */
  hidden?: boolean;
}

function makeZip(parts: ZipPart[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const packed = deflateRawSync(raw);
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? raw.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc32(raw), 14);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    if (!part.hidden) {
      const ch = Buffer.alloc(46);
      ch.writeUInt32LE(0x02014b50, 0);
      ch.writeUInt16LE(20, 4);
      ch.writeUInt16LE(20, 6);
      ch.writeUInt16LE(8, 10);
      ch.writeUInt32LE(crc32(raw), 16);
      ch.writeUInt32LE(packed.length, 20);
      ch.writeUInt32LE(size, 24);
      ch.writeUInt16LE(name.length, 28);
      ch.writeUInt32LE(offset, 42);
      central.push(ch, name);
    }
    local.push(lh, name, packed);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const count = parts.filter((p) => !p.hidden).length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WS_TYPE = `${REL_NS}/worksheet`;

/** A hand-written xlsx in Excel's part order; `sheets` are [tab name, part number, sheetData+rest XML]. */
function handMadeXlsx(sheets: Array<[string, number, string]>, sharedStrings: string[] = []): ZipPart[] {
  const sst = sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('');
  return [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships/>' },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL_NS}"><sheets>${sheets
        .map(([tab, part], i) => `<sheet name="${tab}" sheetId="${i + 1}" r:id="rId${part}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(([, part]) => `<Relationship Id="rId${part}" Type="${WS_TYPE}" Target="worksheets/sheet${part}.xml"/>`)
        .join('')}</Relationships>`,
    },
    { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst ${NS}>${sst}</sst>` },
    ...sheets
      .slice()
      .sort((a, b) => a[1] - b[1])
      .map(([, part, xml]) => ({ name: `xl/worksheets/sheet${part}.xml`, data: `<?xml version="1.0"?><worksheet ${NS}>${xml}</worksheet>` })),
  ];
}

const s = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;

async function exceljsWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['DAFTAR UMKM KABUPATEN BANDUNG TAHUN 2025']);
  ws.mergeCells('A1:F1');
  ws.addRow(['Nama Usaha', 'Lokasi', '', 'Omzet', 'Tanggal Daftar', 'Omzet x2']);
  ws.mergeCells('B2:C2');
  ws.addRow(['', 'Desa', 'Kecamatan']);
  ws.addRow(['  Warung Bu Sri  ', 'Cibiru', 'Cileunyi', 1500000, new Date(Date.UTC(2024, 2, 5)), { formula: 'D4*2', result: 3000000 }]);
  ws.addRow([]);
  ws.addRow([
    { richText: [{ text: 'Toko ' }, { font: { bold: true }, text: 'Maju' }] },
    { text: 'Baleendah', hyperlink: 'https://example.org' },
    { error: '#N/A' },
    0.5,
    { formula: 'E4+1', result: 45357 },
    true,
  ]);
  ws.getCell('E6').numFmt = 'dd/mm/yyyy';
  ws.getCell('G6').value = 0.1 + 0.2;
  ws.getCell('H6').value = '';
  wb.addWorksheet('Catatan').addRow(['not this sheet']);
  return wb;
}

describe('inspectSheet', () => {
  it('recognises an xlsx by its bytes, whatever the name', async () => {
    const path = await fixture('daftar.csv', Buffer.from(await (await exceljsWorkbook()).xlsx.writeBuffer()));
    expect(await inspectSheet(path)).toEqual({ format: 'xlsx', bytes: (await stat(path)).size });
  });

  it('recognises a CSV', async () => {
    const path = await fixture('daftar.xlsx', 'Nama;Desa\nWarung;Cibiru\n');
    expect(await inspectSheet(path)).toEqual({ format: 'csv', bytes: 24 });
  });

  it('rejects an empty file and one over maxBytes', async () => {
    expect(await reasonOf(inspectSheet(await fixture('empty.csv', '')))).toBe('empty');
    const big = await fixture('big.csv', 'a;b\n'.repeat(100));
    expect(await reasonOf(inspectSheet(big, limits({ maxBytes: 399 })))).toBe('too_large');
    expect((await inspectSheet(big, limits({ maxBytes: 400 }))).format).toBe('csv');
  });

  it('tells an encrypted xlsx (OLE + EncryptionInfo) from a legacy .xls', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const legacy = Buffer.from(ole);
    Buffer.from('Workbook', 'utf16le').copy(legacy, 1024);
    Buffer.from('EncryptionInfo', 'latin1').copy(legacy, 2048); // not the UTF-16LE directory name
    const encrypted = Buffer.from(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1024);
    expect(await reasonOf(inspectSheet(await fixture('protected.xlsx', encrypted)))).toBe('encrypted');
    expect(await reasonOf(inspectSheet(await fixture('old.xls', legacy)))).toBe('legacy_xls');
  });

  it('rejects renamed PDFs, images, binaries and HTML "Excel" exports', async () => {
    const cases: Array<[string, Buffer | string]> = [
      ['laporan.csv', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n'],
      ['foto.csv', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])],
      ['foto.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
      ['data.csv', Buffer.concat([Buffer.from('Nama;Desa\n'), Buffer.from([0x00, 0x01, 0x02])])],
      ['export.xls', '<html><body><table><tr><td>Nama</td></tr></table></body></html>'],
    ];
    for (const [name, content] of cases) {
      expect(await reasonOf(inspectSheet(await fixture(name, content)))).toBe('not_spreadsheet');
    }
  });

  it('rejects a zip that is not a workbook (e.g. a .docx renamed)', async () => {
    const docx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect(await reasonOf(inspectSheet(await fixture('surat.xlsx', docx)))).toBe('not_spreadsheet');
  });

  it('rejects a zip whose entries inflate past maxUncompressedBytes', async () => {
    const zeros = Buffer.alloc(300_000);
    const parts = handMadeXlsx([['Data', 1, '<sheetData/>']]);
    const bomb = makeZip([...parts, ...[1, 2, 3].map((n) => ({ name: `xl/media/pad${n}.bin`, data: zeros }))]);
    expect(bomb.length).toBeLessThan(10_000);
    const path = await fixture('bomb.xlsx', bomb);
    expect(await reasonOf(inspectSheet(path, limits({ maxUncompressedBytes: 500_000 })))).toBe('zip_bomb');
    expect((await inspectSheet(path, limits({ maxUncompressedBytes: 1_000_000 }))).format).toBe('xlsx');
  });

  it('counts real inflated bytes when the headers lie about the sizes', async () => {
    const parts = handMadeXlsx([['Data', 1, '<sheetData/>']]);
    const liar = makeZip([...parts, { name: 'xl/media/pad.bin', data: Buffer.alloc(2_000_000), declaredSize: 10 }]);
    const path = await fixture('liar.xlsx', liar);
    expect(await reasonOf(inspectSheet(path, limits({ maxUncompressedBytes: 1_000_000 })))).toBe('zip_bomb');
    expect(await reasonOf(rows(path, 'xlsx', limits({ maxUncompressedBytes: 1_000_000 })))).toBe('zip_bomb');
  });

  it('rejects a zip with more entries than maxZipEntries', async () => {
    const parts = handMadeXlsx([['Data', 1, '<sheetData/>']]);
    const many = makeZip([...parts, ...Array.from({ length: 20 }, (_, i) => ({ name: `xl/x${i}.xml`, data: '<x/>' }))]);
    const path = await fixture('many.xlsx', many);
    expect(await reasonOf(inspectSheet(path, limits({ maxZipEntries: 25 })))).toBe('zip_bomb');
    expect((await inspectSheet(path, limits({ maxZipEntries: 26 }))).format).toBe('xlsx');
  });

  it('parses only what the central directory lists (a hidden local entry is never read)', async () => {
    const sheet = `<sheetData><row r="1">${s('A1', 0)}</row></sheetData>`;
    const parts = handMadeXlsx([['Data', 1, sheet]], ['Cibiru']);
    const decoy = { name: 'xl/sharedStrings.xml', data: `<sst ${NS}><si><t>DECOY</t></si></sst>`, hidden: true };
    const path = await fixture('hidden.xlsx', makeZip([decoy, ...parts]));
    expect((await inspectSheet(path)).format).toBe('xlsx');
    expect(await rows(path, 'xlsx')).toEqual([{ rowNumber: 1, cells: ['Cibiru'] }]);
  });

  it('rejects a zip listing the same entry twice', async () => {
    const parts = handMadeXlsx([['Data', 1, '<sheetData/>']]);
    const twice = makeZip([...parts, { name: 'xl/sharedStrings.xml', data: `<sst ${NS}/>` }]);
    expect(await reasonOf(inspectSheet(await fixture('twice.xlsx', twice)))).toBe('corrupt');
  });

  it('reports a truncated xlsx as corrupt', async () => {
    const whole = Buffer.from(await (await exceljsWorkbook()).xlsx.writeBuffer());
    const path = await fixture('truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await reasonOf(inspectSheet(path))).toBe('corrupt');
    expect(await reasonOf(rows(path, 'xlsx'))).toBe('corrupt');
  });
});

describe('readSheetRows (xlsx)', () => {
  it('reads the first sheet as text: title row, merged header, numbers, dates, formulas, rich text', async () => {
    const path = await fixture('umkm.xlsx', Buffer.from(await (await exceljsWorkbook()).xlsx.writeBuffer()));
    expect(await rows(path, 'xlsx')).toEqual([
      { rowNumber: 1, cells: ['DAFTAR UMKM KABUPATEN BANDUNG TAHUN 2025'] },
      { rowNumber: 2, cells: ['Nama Usaha', 'Lokasi', '', 'Omzet', 'Tanggal Daftar', 'Omzet x2'] },
      { rowNumber: 3, cells: ['', 'Desa', 'Kecamatan'] },
      { rowNumber: 4, cells: ['Warung Bu Sri', 'Cibiru', 'Cileunyi', '1500000', '2024-03-05', '3000000'] },
      // row 5 is empty: skipped, and row 6 keeps its number
      { rowNumber: 6, cells: ['Toko Maju', 'Baleendah', '', '0.5', '2024-03-06', 'TRUE', '0.3'] },
    ]);
  });

  it('blanks non-top-left merged cells that hold a value, and follows tab order, not part order', async () => {
    const data = [
      `<sheetData><row r="1">${s('A1', 0)}${s('B1', 0)}${s('C1', 0)}</row>`,
      `<row r="2">${s('A2', 1)}${s('B2', 2)}${s('C2', 2)}</row>`,
      `<row r="4">${s('A4', 3)}${s('B4', 4)}<c r="C4"><v>1.5E-7</v></c></row>`,
      `<row r="5">${s('A5', 3)}${s('B5', 5)}</row></sheetData>`,
      '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="B2:C2"/><mergeCell ref="A4:A5"/></mergeCells>',
    ].join('');
    const other = `<sheetData><row r="1">${s('A1', 6)}</row></sheetData>`;
    const strings = ['Daftar UMKM', 'Nama', 'Lokasi', 'Warung', 'Cibiru', 'Soreang', 'WRONG SHEET'];
    const path = await fixture('libre.xlsx', makeZip(handMadeXlsx([['Data', 2, data], ['Lain', 1, other]], strings)));
    expect(await rows(path, 'xlsx')).toEqual([
      { rowNumber: 1, cells: ['Daftar UMKM'] },
      { rowNumber: 2, cells: ['Nama', 'Lokasi'] },
      { rowNumber: 4, cells: ['Warung', 'Cibiru', '0.00000015'] },
      { rowNumber: 5, cells: ['', 'Soreang'] },
    ]);
  });

  it('says no_sheet for a workbook without sheets or whose first sheet part is missing', async () => {
    const empty = await fixture('nosheet.xlsx', makeZip(handMadeXlsx([])));
    expect(await reasonOf(inspectSheet(empty))).toBe('no_sheet');
    expect(await reasonOf(rows(empty, 'xlsx'))).toBe('no_sheet');
    const parts = handMadeXlsx([['Data', 1, '<sheetData/>']]).filter((p) => !p.name.startsWith('xl/worksheets/'));
    expect(await reasonOf(inspectSheet(await fixture('missing.xlsx', makeZip(parts))))).toBe('no_sheet');
  });

  it("reads exceljs's streaming-writer output (entries sized by data descriptors)", async () => {
    const path = join(dir, 'streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = writer.addWorksheet('Data');
    ws.addRow(['Nama', 'Omzet']).commit();
    for (let i = 1; i <= 300; i++) ws.addRow([`Usaha ${i}`, i * 1000]).commit();
    ws.commit();
    await writer.commit();
    expect((await readFile(path)).readUInt16LE(6) & 0x08).toBe(0x08); // the first entry defers its size
    expect((await inspectSheet(path)).format).toBe('xlsx');
    const read = await rows(path, 'xlsx');
    expect(read).toHaveLength(301);
    expect(read[300]).toEqual({ rowNumber: 301, cells: ['Usaha 300', '300000'] });
  });

  it('reports malformed sheet XML as corrupt', async () => {
    const broken = `<sheetData><row r="1">${s('A1', 0)}</sheetData></row>`;
    const path = await fixture('badxml.xlsx', makeZip(handMadeXlsx([['Data', 1, broken]], ['x'])));
    const err = await sheetErrorOf(rows(path, 'xlsx'));
    expect(err.reason).toBe('corrupt');
    expect(err.message).toMatch(/unreadable spreadsheet/);
  });

  it('reads exceljs-written multi-sheet files reliably (workbook.xml stored last, exceljs#3064)', async () => {
    const wb = await exceljsWorkbook();
    wb.addWorksheet('Ketiga').addRow(['third']);
    const path = await fixture('race.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const reads = await Promise.all(Array.from({ length: 12 }, () => rows(path, 'xlsx')));
    for (const read of reads) expect(read.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 6]);
  });

  it('releases file handles and temp files when the reader stops early or finishes', async () => {
    const wb = await exceljsWorkbook();
    wb.addWorksheet('Ketiga').addRow(['third']);
    const path = await fixture('three-sheets.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const spool = join(dir, 'spool');
    await rm(spool, { recursive: true, force: true });
    await mkdir(spool);
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = spool; // exceljs's own zip pass would spool sheets here; ours must not
    try {
      const fdsBefore = readdirSync('/proc/self/fd').length;
      for (let i = 0; i < 3; i++) {
        for await (const row of readSheetRows(path, 'xlsx')) {
          expect(row.rowNumber).toBe(1);
          break;
        }
        expect((await rows(path, 'xlsx')).length).toBe(5);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(readdirSync('/proc/self/fd').length).toBeLessThanOrEqual(fdsBefore);
      expect(await readdir(spool)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
});

describe('readSheetRows (csv)', () => {
  it('reads a ;-separated UTF-8 file with BOM, quoted newlines and empty lines, numbering rows like Excel', async () => {
    const csv = '\ufeffDaftar UMKM;;\r\nNama;Alamat;Omzet\r\n"Warung; Bu Sri";"Jl. Raya 1\r\nRT 02";1.500.000\r\n\r\n Toko Maju ; Cibiru ;;\r\n';
    const path = await fixture('bom.csv', csv);
    expect(await rows(path, 'csv')).toEqual([
      { rowNumber: 1, cells: ['Daftar UMKM'] },
      { rowNumber: 2, cells: ['Nama', 'Alamat', 'Omzet'] },
      { rowNumber: 3, cells: ['Warung; Bu Sri', 'Jl. Raya 1\r\nRT 02', '1.500.000'] },
      { rowNumber: 5, cells: ['Toko Maju', 'Cibiru'] },
    ]);
  });

  it('decodes windows-1252 when the bytes are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('Nama,D'), Buffer.from([0xe9]), Buffer.from('sa,Omzet\nKopi,Sukamaju,'), Buffer.from([0x80]), Buffer.from('5\n')]);
    const path = await fixture('ansi.csv', bytes);
    expect(await rows(path, 'csv')).toEqual([
      { rowNumber: 1, cells: ['Nama', 'Désa', 'Omzet'] },
      { rowNumber: 2, cells: ['Kopi', 'Sukamaju', '€5'] },
    ]);
  });

  it("reads Excel's UTF-16LE \"Unicode text\" (tab-separated)", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nama\tDesa\r\nKopi Désa\tCibiru\r\n', 'utf16le')]);
    const path = await fixture('unicode.txt', bytes);
    expect((await inspectSheet(path)).format).toBe('csv');
    expect(await rows(path, 'csv')).toEqual([
      { rowNumber: 1, cells: ['Nama', 'Desa'] },
      { rowNumber: 2, cells: ['Kopi Désa', 'Cibiru'] },
    ]);
  });

  it('honours a leading sep= line and hides it like Excel', async () => {
    const path = await fixture('sep.csv', 'sep=|\nNama|Desa,Kec\nKopi|A,B\n');
    expect(await rows(path, 'csv')).toEqual([
      { rowNumber: 1, cells: ['Nama', 'Desa,Kec'] },
      { rowNumber: 2, cells: ['Kopi', 'A,B'] },
    ]);
  });

  it('reports a runaway quote as corrupt', async () => {
    const path = await fixture('quote.csv', 'Nama;Desa\n"Warung;Cibiru\nToko;Soreang\n');
    expect(await reasonOf(rows(path, 'csv'))).toBe('corrupt');
  });

  it('streams a large file and stops cleanly when the consumer breaks', async () => {
    const path = await fixture('large.csv', 'a;b;c\n' + '1;2;3\n'.repeat(50_000));
    let count = 0;
    for await (const row of readSheetRows(path, 'csv')) {
      if (++count === 10) {
        expect(row).toEqual({ rowNumber: 10, cells: ['1', '2', '3'] });
        break;
      }
    }
    expect(count).toBe(10);
    expect((await rows(path, 'csv')).at(-1)).toEqual({ rowNumber: 50_001, cells: ['1', '2', '3'] });
  });
});

describe('detectDelimiter / detectEncoding', () => {
  it.each([
    ['Nama,Desa,Omzet\nA,B,1\nC,D,2\n', ','],
    ['DAFTAR UMKM\nNama;Desa;Omzet\nA;B;1,5\nC;D;2,5\n', ';'],
    ['Nama\tDesa\nA\tB\n', '\t'],
    ['Nama|Desa|Alamat\nA|B|"Jl. X, RT 1; RW 2"\n', '|'],
    ['"Nama, lengkap";Desa\n"A, B";C\n', ';'],
    ['Nama\nA\n', ','],
  ])('%j → %j', (sample, expected) => {
    expect(detectDelimiter(sample)).toBe(expected);
  });

  it('chooses UTF-8 for valid UTF-8 even when the sample cuts a character, else windows-1252', () => {
    const cut = Buffer.from('Désa', 'utf8').subarray(0, 2); // "D" + first byte of "é"
    expect(detectEncoding(cut, false)).toEqual({ encoding: 'utf-8', skip: 0 });
    expect(detectEncoding(Buffer.from([0x44, 0xe9, 0x73, 0x61]), true)).toEqual({ encoding: 'windows-1252', skip: 0 });
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true)).toEqual({ encoding: 'utf-8', skip: 3 });
  });
});

describe('cellText / plainNumber', () => {
  it.each([
    [1500000, '1500000'],
    [0.5, '0.5'],
    [-12.25, '-12.25'],
    [0.1 + 0.2, '0.3'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [3201234567890123, '3201234567890123'],
    [-0, '0'],
    [Number.NaN, ''],
  ])('plainNumber(%d) → %j', (n, expected) => {
    expect(plainNumber(n)).toBe(expected);
  });

  it('converts every exceljs value shape', () => {
    expect(cellText('  Cibiru ')).toBe('Cibiru');
    expect(cellText(new Date(Date.UTC(2023, 11, 31, 23, 0)))).toBe('2023-12-31');
    expect(cellText(45357, 'DD/MM/YYYY')).toBe('2024-03-06');
    expect(cellText(45357, '#,##0 "days"')).toBe('45357');
    expect(cellText({ formula: 'A1', result: 45357 }, 'd-mmm-yy')).toBe('2024-03-06');
    expect(cellText({ formula: 'A1', result: { error: '#REF!' } })).toBe('');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b ' }] })).toBe('ab');
    expect(cellText({ text: 'situs', hyperlink: 'https://x' })).toBe('situs');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText({ error: '#DIV/0!' })).toBe('');
    expect(cellText(null)).toBe('');
  });
});

it('keeps the documented default limits and message keys', () => {
  expect(DEFAULT_SHEET_LIMITS).toEqual({ maxBytes: 50 * 1024 * 1024, maxUncompressedBytes: 500 * 1024 * 1024, maxZipEntries: 10_000 });
  expect(new SheetError('zip_bomb').messageKey).toBe('errors.import.zip_bomb');
});
