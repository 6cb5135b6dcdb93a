/**
 * Synthetic office spreadsheets for the import benchmark (bench/import.bench.ts): a semicolon CSV as an
 * Indonesian Excel saves it (BOM, CRLF) and an .xlsx with two title rows above the header, both for
 * Kabupaten Bandung (32.04), written as streams (one row in memory at a time) and deterministic: the same
 * seed and row count always give the same bytes for the CSV and the same cells for the xlsx.
 *
 * What the rows look like (all people and businesses are invented, from the demo word lists):
 * - real kecamatan/desa names of 32.04, written as offices do: "Cileunyi", "Kec. Cileunyi", "CILEUNYI",
 *   "KEC CILEUNYI", "Kecamatan Cileunyi", ~1 % with a one-letter typo ("Cileuyni": stored, with a warning);
 *   desa as "Cimekar", "CIMEKAR", "Desa Cimekar", "Ds. Cimekar";
 * - valid NIKs (PPRRKK + DDMMYY, +40 on the day for women + a serial ≠ 0000), ~10 % of owners without one;
 *   ~12 % of rows are a second business of an earlier row's owner (same NIK: linked to one owner);
 * - phones as "0812-3456-7890", "081234567890", "+62 812 3456 7890", "62812…", "0812 3456 7890";
 * - rupiah as "Rp 1.500.000", "1.500.000", "1500000", "1,5 jt", "2 juta", "750rb", "Rp1.500.000,00"
 *   (xlsx: mostly number cells);
 * - ~2 % rows with an error the import must refuse (`ERROR_KINDS`: an impossible NIK — birth date, region,
 *   serial 0000, 15 digits, Excel's "3.20405E+15" —, an unknown kecamatan from a neighbouring regency,
 *   a missing business name, an amount that reads two ways);
 * - ~1 % rows repeating an earlier valid row of the file, re-typed (case, phone and amount formats,
 *   kecamatan spelling differ; the content fingerprint is the same), which the import skips.
 *
 * Row i is computed from (seed, i) alone (a repeat or a shared owner is recomputed from the earlier index),
 * so nothing grows with the file. `expected` in the returned stats is what a correct import must report.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import * as N from '../src/server/modules/demo/demo-names';
import { createRegionMatcher } from '../src/server/modules/imports/region-match';
import { checkNik } from '../src/server/modules/registry/nik';
import type { Region, RegionDirectory } from '../src/server/modules/tenancy/regions';

/** The header offices use and the import's mapper recognises (tests/support/sheets.ts), plus No, Alamat, Jml TK, NIB. */
export const OFFICE_COLUMNS = [
  'No', 'Nama Usaha', 'Nama Pemilik', 'NIK', 'No HP', 'Alamat', 'Desa', 'Kecamatan', 'Jenis Usaha', 'Omzet per Bulan', 'Aset', 'Jml TK', 'NIB',
] as const;
export const XLSX_TITLE_ROWS = ['DATA UMKM BINAAN DINAS KOPERASI DAN UKM KABUPATEN BANDUNG', 'KEADAAN S.D. TRIWULAN III TAHUN 2026'] as const;

export const ERROR_KINDS = ['nik_birth_date', 'nik_region', 'nik_serial', 'nik_format', 'nik_scientific', 'kecamatan_unknown', 'business_name_missing', 'amount_unreadable'] as const; // prettier-ignore
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ImportDataOptions {
  rows: number;
  seed: number;
  regions: RegionDirectory;
  kodeWilayah?: string;
  /** Share of rows with an error (0.02). */
  errorRate?: number;
  /** Share of rows repeating an earlier valid row (0.01). */
  repeatRate?: number;
  /** First 4 digits of the 13-digit NIBs, so two files never share one (distinct per file). */
  nibPrefix?: string;
}

export interface ImportDataStats {
  format: 'csv' | 'xlsx';
  rows: number;
  seed: number;
  bytes: number;
  writeMs: number;
  /** What a correct dry run reports (summary) and a first commit stores. */
  expected: { rows: number; withErrors: number; repeatedInFile: number; valid: number; created: number };
  errorsByKind: Record<ErrorKind, number>;
  rowsWithNib: number;
  rowsWithoutNik: number;
  secondBusinessOfOwner: number;
  kecamatanTypos: number;
}

/** One row's cells; `number` cells stay numbers in the xlsx (written as text in the CSV). */
type Cell = string | number;

// --- deterministic randomness -------------------------------------------------------------------------------------

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const mulberry32 = (a: number): N.Rng => () => {
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(r: N.Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: N.Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const logUniform = (r: N.Rng, lo: number, hi: number) => Math.exp(Math.log(lo) + r() * Math.log(hi / lo));
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const STREAMS = { kind: 1, owner: 2, business: 3, style: 4, error: 5 } as const;

// --- the rows ------------------------------------------------------------------------------------------------------

interface Owner { name: string; given: string; gender: 'L' | 'P'; birthYear: number; nik: string | null; phone: string | null }
interface Place { kec: Region; desa: Region }
/** What a row means (a repeat has the same record as its original, written differently). */
interface RowRecord {
  owner: Owner; place: Place; businessName: string; address: string; sectorText: string;
  monthly: number | null; assets: number | null; workers: number | null; nib: string | null;
  /** A second (third…) business of an earlier row's owner. */
  sharedOwner: boolean;
}
type RowKind = { kind: 'valid' } | { kind: 'error'; error: ErrorKind } | { kind: 'repeat'; of: number };

const SECTOR_TEXT: Record<N.Sector, readonly string[]> = {
  kuliner: ['Kuliner', 'Makanan ringan', 'Makanan & Minuman', 'Olahan pangan'],
  perdagangan: ['Perdagangan', 'Toko', 'Dagang'],
  jasa: ['Jasa', 'Jasa bengkel', 'Jasa lainnya'],
  fashion: ['Fashion', 'Konveksi pakaian', 'Busana'],
  kriya: ['Kerajinan', 'Kriya'],
  agribisnis: ['Pertanian', 'Peternakan', 'Perikanan'],
  lainnya: ['Lain-lain', 'Lainnya'],
};
const SECTOR_CUM = N.SECTOR_WEIGHTS.reduce<number[]>((acc, [, w]) => [...acc, (acc[acc.length - 1] ?? 0) + w], []);
const UNKNOWN_KECAMATAN = ['Lembang', 'Kec. Parongpong', 'CISARUA', 'Jatinangor', 'Kec. Ngamprah', 'Kecamatan Padalarang', 'Kec. Antah Berantah'];

/** Everything about rows that does not depend on the output format. */
export function officeRows(opts: ImportDataOptions) {
  const kw = opts.kodeWilayah ?? '32.04';
  const kecs = opts.regions.kecamatanOf(kw);
  if (!kecs.length) throw new Error(`no kecamatan for ${kw}`);
  const desas = kecs.map((k) => opts.regions.desaOf(k.code));
  const errorRate = opts.errorRate ?? 0.02;
  const repeatRate = opts.repeatRate ?? 0.01;
  const nibPrefix = opts.nibPrefix ?? '9120';
  const keys = Object.fromEntries(Object.entries(STREAMS).map(([k, v]) => [k, fmix((opts.seed ^ Math.imul(v, 0x9e3779b9)) >>> 0)])) as Record<keyof typeof STREAMS, number>;
  const rng = (stream: keyof typeof STREAMS, i: number) => mulberry32(fmix((i ^ keys[stream]) >>> 0));

  // A one-letter transposition of each kecamatan name, kept only where the project's matcher finds that
  // kecamatan again (a typo that lands between two names would be "ambiguous", an error: not what we want).
  const matcher = createRegionMatcher(opts.regions, kw);
  const typoOf = new Map<string, string>();
  for (const k of kecs) {
    const s = k.name;
    const at = Math.floor(s.length / 2);
    const typo = s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
    const m = matcher.kecamatan(typo);
    if (typo !== s && m.status === 'ok' && m.code === k.code && !m.exact) typoOf.set(k.code, typo);
  }
  for (const t of UNKNOWN_KECAMATAN) if (matcher.kecamatan(t).status !== 'unknown') throw new Error(`"${t}" is a kecamatan of ${kw} after all`);

  function kindOf(i: number): RowKind {
    const r = rng('kind', i);
    const x = r();
    if (x < errorRate) return { kind: 'error', error: ERROR_KINDS[Math.floor(r() * ERROR_KINDS.length)]! };
    if (i > 0 && x < errorRate + repeatRate) {
      // The nearest valid, non-repeated row at or below a random earlier index (within 20,000 rows).
      for (let j = Math.max(0, i - 1 - Math.floor(r() * Math.min(i, 20_000))); j >= 0; j--) if (kindOf(j).kind === 'valid') return { kind: 'repeat', of: j };
    }
    return { kind: 'valid' };
  }

  /** ~12 % of rows belong to the owner of an earlier row (its key: the index of that owner's first row). */
  function ownerKeyOf(i: number): number {
    const r = rng('owner', i);
    if (i === 0 || r() >= 0.12) return i;
    return ownerKeyOf(Math.max(0, i - 1 - Math.floor(r() * 200)));
  }

  function placeOf(r: N.Rng): Place {
    const k = Math.floor(r() * kecs.length);
    return { kec: kecs[k]!, desa: pick(r, desas[k]!) };
  }

  function ownerOf(key: number): Owner & { home: Place } {
    const r = rng('owner', key);
    r(); // the shared-owner draw of ownerKeyOf
    const home = placeOf(r);
    const gender = r() < 0.56 ? 'P' : 'L';
    const birthYear = 1955 + Math.floor(((r() + r()) / 2) * 50);
    const month = int(r, 1, 12);
    const day = int(r, 1, new Date(Date.UTC(birthYear, month, 0)).getUTCDate());
    const { fullName, given } = N.personName(r, gender, birthYear);
    let nik: string | null = null;
    if (r() < 0.9) {
      const issuedIn = (r() < 0.9 ? home.kec : pick(r, kecs)).code.replaceAll('.', '');
      nik = issuedIn + pad(day + (gender === 'P' ? 40 : 0), 2) + pad(month, 2) + pad(birthYear % 100, 2) + pad(int(r, 1, 9999), 4);
    }
    const phone = r() < 0.85 ? `${pick(r, N.MOBILE_PREFIXES)}${pad(int(r, 0, 9_999_999), 7)}${r() < 0.5 ? int(r, 0, 9) : ''}` : null;
    return { name: fullName, given, gender, birthYear, nik, phone, home };
  }

  function recordOf(i: number): RowRecord {
    const key = ownerKeyOf(i);
    const owner = ownerOf(key);
    const r = rng('business', i);
    const place = r() < 0.7 ? owner.home : placeOf(r);
    const sector = N.SECTOR_WEIGHTS[SECTOR_CUM.findIndex((c) => c > r() * SECTOR_CUM[SECTOR_CUM.length - 1]!)]![0];
    const product = pick(r, N.CATALOGUE[sector]);
    const businessName = N.businessName(r, product, owner, place.kec.name, r() < 0.97);
    const s = r();
    const sectorText = s < 0.6 ? product.label : s < 0.92 ? pick(r, SECTOR_TEXT[sector]) : '';
    let address = r() < 0.85 ? N.kampungAddress(r) : '';
    if (address && r() < 0.02) address += r() < 0.5 ? '; dekat masjid' : ' (depan "Alfamart")'; // cells that need CSV quoting
    const m = logUniform(r, 400_000, 60_000_000);
    const monthly = r() < 0.1 ? null : m < 5_000_000 ? Math.round(m / 50_000) * 50_000 : Math.round(m / 250_000) * 250_000;
    const assets = r() < 0.15 ? null : Math.round(logUniform(r, 1_000_000, 600_000_000) / 500_000) * 500_000;
    const workers = r() < 0.1 ? null : 1 + Math.floor(-Math.log(1 - r()) * 1.5);
    // 9 digits that are a bijection of i (7,368,787 is coprime with 10): unique within the file.
    const nib = r() < 0.25 ? nibPrefix + pad((i * 7_368_787 + 12_345) % 1_000_000_000, 9) : null;
    return { owner, place, businessName, address, sectorText, monthly, assets, workers, nib, sharedOwner: key !== i };
  }

  // --- writing a record the way people type it ---------------------------------------------------------------------

  function rupiah(r: N.Rng, v: number, numberCells: boolean): Cell {
    const grouped = String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const x = r();
    if (numberCells && x < 0.65) return v;
    if (x < 0.75) return `Rp ${grouped}`;
    if (x < 0.82) return grouped;
    if (x < 0.88) return String(v);
    if (x < 0.97) {
      if (v >= 1_000_000 && v % 10_000 === 0) {
        const jt = (v / 1_000_000).toFixed(2).replace(/\.?0+$/, '').replace('.', ',');
        return r() < 0.7 ? `${jt} jt` : `${jt} juta`;
      }
      if (v < 1_000_000 && v % 1000 === 0) return `${v / 1000}rb`;
      return `Rp ${grouped}`;
    }
    return `Rp${grouped},00`;
  }

  function phoneText(r: N.Rng, digits: string): string {
    const x = r();
    const local = `0${digits}`;
    const grouped = `${local.slice(0, 4)}-${local.slice(4, 8)}-${local.slice(8)}`;
    if (x < 0.4) return grouped;
    if (x < 0.75) return local;
    if (x < 0.85) return `+62 ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
    if (x < 0.9) return `62${digits}`;
    return grouped.replaceAll('-', ' ');
  }

  function kecamatanText(r: N.Rng, kec: Region, counts: { typos: number }): string {
    const x = r();
    if (x < 0.01 && typoOf.has(kec.code)) {
      counts.typos++;
      return typoOf.get(kec.code)!;
    }
    if (x < 0.45) return kec.name;
    if (x < 0.7) return `Kec. ${kec.name}`;
    if (x < 0.85) return kec.name.toUpperCase();
    if (x < 0.9) return `KEC ${kec.name.toUpperCase()}`;
    return `Kecamatan ${kec.name}`;
  }

  function desaText(r: N.Rng, desa: Region): string {
    const x = r();
    if (x < 0.7) return desa.name;
    if (x < 0.85) return desa.name.toUpperCase();
    if (x < 0.93) return `Desa ${desa.name}`;
    return `Ds. ${desa.name}`;
  }

  /** The impossible NIK of an error row (checkNik refuses each). */
  function badNik(r: N.Rng, good: string, error: ErrorKind): string {
    switch (error) {
      case 'nik_birth_date': return good.slice(0, 6) + (r() < 0.5 ? `32${good.slice(8, 12)}` : `${good.slice(6, 8)}13${good.slice(10, 12)}`) + good.slice(12); // prettier-ignore
      case 'nik_region': return `3204${r() < 0.5 ? '99' : '88'}${good.slice(6)}`;
      case 'nik_serial': return `${good.slice(0, 12)}0000`;
      case 'nik_format': return good.slice(0, 15);
      default: return `${good.slice(0, 1)}.${good.slice(1, 6)}E+15`; // "3.20405E+15": a number cell Excel shortened
    }
  }

  const counts = { typos: 0 };
  /** The cells of data row i (0-based), and what kind of row it is. */
  function row(i: number, numberCells: boolean): { cells: Cell[]; kind: RowKind; rec: RowRecord } {
    const kind = kindOf(i);
    const rec = recordOf(kind.kind === 'repeat' ? kind.of : i);
    const r = rng('style', i);
    const repeat = kind.kind === 'repeat';
    const { owner } = rec;
    let nik: Cell = owner.nik ?? '';
    if (owner.nik) {
      const x = r();
      if (numberCells && x < 0.1) nik = Number(owner.nik); // exact: a 16-digit NIK is below 2^53
      else if (x < 0.05) nik = `'${owner.nik}`;
      else if (x < 0.08) nik = `${owner.nik.slice(0, 6)} ${owner.nik.slice(6, 12)} ${owner.nik.slice(12)}`;
    }
    let businessName = repeat && r() < 0.5 ? rec.businessName.toUpperCase() : r() < 0.04 ? rec.businessName.toUpperCase() : rec.businessName;
    const ownerName = repeat && r() < 0.3 ? owner.name.replace('Hj. ', 'Hj ').replace('H. ', 'H ').toUpperCase() : owner.name;
    let kecamatan = kecamatanText(r, rec.place.kec, counts);
    let monthly: Cell = rec.monthly === null ? '' : rupiah(r, rec.monthly, numberCells);
    const cells: Cell[] = [
      i + 1,
      businessName,
      ownerName,
      nik,
      owner.phone ? phoneText(r, owner.phone) : '',
      rec.address,
      desaText(r, rec.place.desa),
      kecamatan,
      rec.sectorText,
      monthly,
      rec.assets === null ? '' : rupiah(r, rec.assets, numberCells),
      rec.workers === null ? '' : numberCells && r() < 0.8 ? rec.workers : r() < 0.8 ? String(rec.workers) : `${rec.workers} orang`,
      rec.nib ? (r() < 0.1 ? `'${rec.nib}` : rec.nib) : '',
    ];
    if (kind.kind === 'error') {
      const e = rng('error', i);
      switch (kind.error) {
        case 'kecamatan_unknown': kecamatan = pick(e, UNKNOWN_KECAMATAN); cells[7] = kecamatan; break; // prettier-ignore
        case 'business_name_missing': businessName = e() < 0.5 ? '' : '-'; cells[1] = businessName; break; // prettier-ignore
        case 'amount_unreadable': monthly = pick(e, ['1,5', '2.5', '1.500 jt', '3-4 jt']); cells[9] = monthly; break; // prettier-ignore
        default: {
          // A NIK error needs a NIK: owners without one get the number they would have had.
          const good = owner.nik ?? `${rec.place.kec.code.replaceAll('.', '')}${pad(int(e, 1, 28), 2)}${pad(int(e, 1, 12), 2)}${pad(int(e, 60, 99), 2)}${pad(int(e, 1, 9999), 4)}`;
          cells[3] = badNik(e, good, kind.error);
        }
      }
    }
    return { cells, kind, rec };
  }

  return { row, counts, typoOf, kecamatan: kecs };
}

/** Self-check of the generator on each row: valid rows must hold a valid NIK, error rows an invalid one. */
function tally(stats: ImportDataStats, row: ReturnType<ReturnType<typeof officeRows>['row']>, regions: RegionDirectory, today: Date) {
  const { kind, rec } = row;
  stats.expected.rows++;
  if (kind.kind === 'error') {
    stats.expected.withErrors++;
    stats.errorsByKind[kind.error]++;
    if (kind.error.startsWith('nik_')) {
      const nik = String(row.cells[3]).replace(/^'/, '').replace(/[\s.-]/g, '');
      if (checkNik(nik, regions, today).ok) throw new Error(`generator: error row ${row.cells[0]} has a valid NIK ${nik}`);
    }
  } else if (kind.kind === 'repeat') stats.expected.repeatedInFile++;
  else {
    stats.expected.valid++;
    if (rec.owner.nik && !checkNik(rec.owner.nik, regions, today).ok) throw new Error(`generator: row ${row.cells[0]} has an invalid NIK ${rec.owner.nik}`);
  }
  if (kind.kind !== 'error') {
    if (rec.nib) stats.rowsWithNib++;
    if (!rec.owner.nik) stats.rowsWithoutNik++;
    if (rec.sharedOwner && kind.kind === 'valid') stats.secondBusinessOfOwner++;
  }
}

function emptyStats(format: 'csv' | 'xlsx', opts: ImportDataOptions): ImportDataStats {
  return {
    format, rows: opts.rows, seed: opts.seed, bytes: 0, writeMs: 0,
    expected: { rows: 0, withErrors: 0, repeatedInFile: 0, valid: 0, created: 0 },
    errorsByKind: Object.fromEntries(ERROR_KINDS.map((k) => [k, 0])) as Record<ErrorKind, number>,
    rowsWithNib: 0, rowsWithoutNik: 0, secondBusinessOfOwner: 0, kecamatanTypos: 0,
  };
}

const csvQuote = (c: Cell) => {
  const s = String(c);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Writes the office CSV (UTF-8 BOM, `;`, CRLF, one header row) to `path`, streaming. */
export async function writeOfficeCsv(path: string, opts: ImportDataOptions): Promise<ImportDataStats> {
  const t0 = performance.now();
  const gen = officeRows(opts);
  const stats = emptyStats('csv', opts);
  const today = new Date();
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('\uFEFF' + OFFICE_COLUMNS.join(';') + '\r\n');
  let lines: string[] = [];
  for (let i = 0; i < opts.rows; i++) {
    const row = gen.row(i, false);
    tally(stats, row, opts.regions, today);
    lines.push(row.cells.map(csvQuote).join(';'));
    if (lines.length === 2000) {
      await write(lines.join('\r\n') + '\r\n');
      lines = [];
    }
  }
  if (lines.length) await write(lines.join('\r\n') + '\r\n');
  out.end();
  await once(out, 'finish');
  return finish(stats, gen.counts.typos, path, t0);
}

/**
 * Writes the office workbook: sheet "Data UMKM", two title rows (the first merged across the header's
 * width), the header, then the rows. exceljs's streaming WorkbookWriter with inline strings (a shared
 * string table would keep every distinct text in memory); each row is committed as it is added.
 */
export async function writeOfficeXlsx(path: string, opts: ImportDataOptions): Promise<ImportDataStats> {
  const t0 = performance.now();
  const gen = officeRows(opts);
  const stats = emptyStats('xlsx', opts);
  const today = new Date();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('Data UMKM');
  // The first title is merged across the header's width (merged before its row is committed: exceljs needs the cells).
  const title = ws.addRow([XLSX_TITLE_ROWS[0]]);
  ws.mergeCells(1, 1, 1, OFFICE_COLUMNS.length);
  title.commit();
  ws.addRow([XLSX_TITLE_ROWS[1]]).commit();
  ws.addRow([...OFFICE_COLUMNS]).commit();
  for (let i = 0; i < opts.rows; i++) {
    const row = gen.row(i, true);
    tally(stats, row, opts.regions, today);
    ws.addRow(row.cells.map((c) => (c === '' ? null : c))).commit();
    // Let the zip stream drain: exceljs buffers committed rows until the event loop turns.
    if (i % 1000 === 999) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  ws.commit();
  await wb.commit();
  return finish(stats, gen.counts.typos, path, t0);
}

async function finish(stats: ImportDataStats, typos: number, path: string, t0: number): Promise<ImportDataStats> {
  stats.kecamatanTypos = typos;
  stats.expected.created = stats.expected.valid; // repeats and error rows are not stored
  stats.bytes = (await stat(path)).size;
  stats.writeMs = Math.round(performance.now() - t0);
  return stats;
}
