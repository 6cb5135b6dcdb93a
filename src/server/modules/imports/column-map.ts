import { createHash } from 'node:crypto';
import type { ImportDefaults } from './import-row';

/**
 * Recognising the columns of an office MSME spreadsheet. Every source (field assistants, musrenbang,
 * other agencies, banks, OSS exports) labels them differently, in Indonesian or English, with title
 * rows above and merged two-level headers; this proposes a mapping that the user then confirms.
 */

/** The fields an imported row can fill. */
export const IMPORT_FIELDS = ['businessName','ownerName','nik','phone','address','desa','kecamatan','sector','kbli','turnoverMonthly','turnoverYearly','assets','workers','workersMale','workersFemale','nib','startYear','gender'] as const; // prettier-ignore
/** One importable field. */
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** The field each column fills (index = column index), null for columns not imported. */
export type ColumnMapping = (ImportField | null)[];

/** Header label, normalised: lower-case words of letters and digits ("No. HP/WA" → "no hp wa"). */
export function normaliseLabel(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const TURNOVER = /\b(omzet|omset|omzet|penjualan|pendapatan|turnover|sales|revenue)\b/;
const MONTHLY = /\b(bulan|bln|bl|bulanan|perbulan|monthly|month)\b/;
const YEARLY = /\b(tahun|thn|th|tahunan|pertahun|annual|annually|yearly|year)\b/;
const WORKERS = /\b(tenaga kerja|tk|karyawan|pekerja|pegawai|naker|workers?|employees?)\b/;
const MALE = /\b(l|lk|laki laki|laki|pria|male|men)\b/;
const FEMALE = /\b(p|pr|perempuan|wanita|female|women)\b/;

/** [field, pattern on the normalised label, strength]: 3 = the usual label, 2 = contains it, 1 = a weak hint. */
const RULES: [ImportField, RegExp, number][] = [
  ['businessName', /\bnama (usaha|umkm|ukm|ikm|toko|perusahaan|unit usaha|badan usaha|merek|merk|brand|bisnis)\b/, 3],
  ['businessName', /^(business name|business|usaha|umkm|merek|merk|brand)$/, 3],
  ['ownerName', /\bnama (pemilik|pelaku usaha|pelaku umkm|pelaku|lengkap|pengusaha|penanggung jawab|pj|owner)\b/, 3],
  ['ownerName', /^(pemilik|pemilik usaha|owner|owner name|pelaku usaha)$/, 3],
  ['ownerName', /\bpemilik\b/, 1],
  ['ownerName', /^nama$/, 1],
  ['nik', /\b(nik|nomor induk kependudukan)\b|^(no|nomor) ktp$|^ktp$/, 3],
  ['phone', /\b(hp|wa|telp|tlp|telepon|telpon|telephone|phone|whatsapp|handphone|ponsel|kontak)\b/, 3],
  ['address', /^alamat\b|\baddress\b/, 3],
  ['desa', /^(desa|kelurahan|desa kel|desa kelurahan|kel desa|kelurahan desa|kel|ds|village)$/, 3],
  ['desa', /\b(desa|kelurahan)\b/, 2],
  ['kecamatan', /^(kecamatan|kec|district|sub district|subdistrict)$/, 3],
  ['kecamatan', /\bkecamatan\b/, 2],
  ['sector', /\b(jenis|bidang|sektor|kategori|klasifikasi|sub sektor) usaha\b/, 3],
  ['sector', /^(sektor|sector|jenis|bidang|kategori|sub sektor|subsektor|business type|type of business)$/, 3],
  ['sector', /\b(sektor|sector)\b/, 2],
  ['kbli', /\bkbli\b/, 3],
  ['assets', /\b(aset|asset|assets|modal|capital|kekayaan bersih)\b/, 3],
  ['nib', /\b(nib|nomor induk berusaha)\b/, 3],
  ['startYear', /\b(tahun|thn|th) (berdiri|mulai|pendirian|mulai usaha|memulai usaha|usaha)\b|\bmulai usaha\b/, 3],
  ['startYear', /\b(start year|year started|year established|established|founded)\b/, 3],
  ['gender', /\bjenis kelamin\b|^(l p|lp|jk|j k|gender|sex|kelamin|lk pr|l pr)$/, 3],
];

/** Labels that look like a field but are not: row numbers, yes/no questions, where capital comes from. */
const NOT_A_FIELD = /^(no|nomor|nmr|no urut|nomor urut|urut|ket|keterangan)$|\b(sumber|akses|bantuan|kebutuhan|pinjaman) modal\b|\b(punya|ada|memiliki|status) nib\b|\b(e ?mail|surel)\b/;

type Recognised = { field: ImportField | null; score: number; turnoverWithoutPeriod: boolean };

/** The best field for one label, and how sure; plain "Omzet" is recognised as a header but left unmapped. */
function recognise(label: string): Recognised {
  const norm = normaliseLabel(label);
  const none = { field: null, score: 0, turnoverWithoutPeriod: false };
  if (!norm || NOT_A_FIELD.test(norm)) return none;
  if (TURNOVER.test(norm)) {
    const monthly = MONTHLY.test(norm);
    const yearly = YEARLY.test(norm);
    // "Omzet" alone is monthly in one office and yearly in the next: the user chooses.
    if (monthly === yearly) return { ...none, turnoverWithoutPeriod: true };
    return { field: monthly ? 'turnoverMonthly' : 'turnoverYearly', score: 3, turnoverWithoutPeriod: false };
  }
  if (WORKERS.test(norm)) {
    const male = MALE.test(norm);
    const female = FEMALE.test(norm);
    const field = male === female ? 'workers' : male ? 'workersMale' : 'workersFemale';
    return { field, score: 3, turnoverWithoutPeriod: false };
  }
  let best: Recognised = none;
  for (const [field, re, score] of RULES) if (score > best.score && re.test(norm)) best = { field, score, turnoverWithoutPeriod: false };
  return best;
}

/**
 * Proposes the field of each column. No field is given to two columns: the strongest label keeps it
 * (the first on a tie). Plain "Omzet" stays null unless `defaults` say which period the office uses.
 */
export function proposeMapping(labels: string[], defaults?: ImportDefaults): ColumnMapping {
  const found = labels.map((label) => {
    const r = recognise(label);
    if (r.turnoverWithoutPeriod && defaults) return { field: defaults.turnoverPeriod === 'monthly' ? 'turnoverMonthly' : 'turnoverYearly', score: 1 } as const;
    return r;
  });
  const owner = new Map<ImportField, number>();
  found.forEach((r, i) => {
    if (!r.field) return;
    const current = owner.get(r.field);
    if (current === undefined || r.score > found[current]!.score) owner.set(r.field, i);
  });
  return found.map((r, i) => (r.field && owner.get(r.field) === i ? r.field : null));
}

/** Columns labelled "Omzet"/"Omset" without a period, for the user to say monthly or yearly. */
export function ambiguousTurnoverColumns(labels: string[]): number[] {
  return labels.flatMap((label, i) => (recognise(label).turnoverWithoutPeriod ? [i] : []));
}

/** Fields an import cannot do without: rows without them are all errors. */
export function missingRequiredFields(mapping: ColumnMapping): ImportField[] {
  const has = (f: ImportField) => mapping.includes(f);
  const missing: ImportField[] = (['businessName', 'ownerName', 'desa'] as const).filter((f) => !has(f));
  return missing;
}

const isHeaderish = (r: Recognised) => r.field !== null || r.turnoverWithoutPeriod;
const countRecognised = (cells: string[]) => cells.filter((c) => isHeaderish(recognise(c))).length;

/** Qualifiers found under a merged parent cell ("Per Bulan", "L", "Perempuan", "Jumlah"). */
const SUB_LABEL = /^((per )?(bulan|bln|tahun|thn|th)|perbulan|pertahun|l|p|lk|pr|laki laki|laki|pria|perempuan|wanita|male|female|jumlah|jml|total|monthly|yearly|annual|rp|dalam rp|orang)$/;
/** A title ("DATA UMKM KECAMATAN X TAHUN 2026") is never a parent label, however it is merged. */
const isParentText = (text: string) => text.length <= 40 && !/\b(19|20)\d{2}\b/.test(text) && !/^(data|daftar|rekap|rekapitulasi|laporan|lampiran|tabel)\b/i.test(text);

const cellText = (row: string[] | undefined, c: number) => (row?.[c] ?? '').replace(/\s+/g, ' ').trim();

/** Whether a parent label belongs in front of a child label: the child is a qualifier, or reads better with it. */
function joins(parent: string, child: string): boolean {
  if (!isParentText(parent)) return false;
  return SUB_LABEL.test(normaliseLabel(child)) || recognise(`${parent} ${child}`).score > recognise(child).score;
}

/**
 * Combines a parent row and a child row: a parent cell is forward-filled across its blank cells while
 * the child row has labels there, and joined to those it qualifies; a parent above a blank child is a
 * vertically merged label of its own. Returns how many parent-child joins were made.
 */
function combine(parent: string[], child: string[], width: number): { labels: string[]; joins: number } {
  const labels: string[] = [];
  let fill = '';
  let joined = 0;
  for (let c = 0; c < width; c++) {
    const p = cellText(parent, c);
    const ch = cellText(child, c);
    if (p) fill = ch ? p : '';
    else if (!ch) fill = '';
    const parentText = p || fill;
    if (!ch) labels.push(p);
    else if (parentText && joins(parentText, ch)) {
      labels.push(`${parentText} ${ch}`);
      joined++;
    } else labels.push(ch);
  }
  return { labels, joins: joined };
}

/** A row of column numbers ("1 | 2 | 3 | …"), which government templates put under the header. */
function isNumberingRow(row: string[] | undefined): boolean {
  const cells = (row ?? []).map((c) => c.trim()).filter(Boolean);
  return cells.length >= 3 && cells.every((c, i) => c === String(i + 1) || c === `(${i + 1})`);
}

/** Finds the header among the first rows (title rows above it, e.g. "DATA UMKM KECAMATAN X TAHUN 2026", blank rows, merged two-level headers). */
export function detectHeader(rows: string[][]): { headerRowIndex: number; dataStartIndex: number; labels: string[] } | null {
  let best = -1;
  let bestCount = 1;
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const count = countRecognised(rows[i] ?? []);
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  if (best < 0) return null;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const single = Array.from({ length: width }, (_, c) => cellText(rows[best], c));
  let result = { headerRowIndex: best, dataStartIndex: best + 1, labels: single };
  // A parent row above the best row ("Omzet" over "Per Bulan | Per Tahun")…
  const above = best > 0 ? combine(rows[best - 1] ?? [], rows[best] ?? [], width) : null;
  // …or the best row is the parent and sub-labels follow under its blank, merged-over cells.
  const next = rows[best + 1] ?? [];
  const nextIsSubRow = next.some((c) => c.trim()) && next.every((c) => !c.trim() || SUB_LABEL.test(normaliseLabel(c)) || isHeaderish(recognise(c)));
  const below = nextIsSubRow ? combine(rows[best] ?? [], next, width) : null;
  if (above && above.joins > 0 && countRecognised(above.labels) >= bestCount) {
    result = { headerRowIndex: best - 1, dataStartIndex: best + 1, labels: above.labels };
  } else if (below && below.joins > 0 && countRecognised(below.labels) >= bestCount) {
    result = { headerRowIndex: best, dataStartIndex: best + 2, labels: below.labels };
  }
  if (isNumberingRow(rows[result.dataStartIndex])) result.dataStartIndex++;
  return result;
}

/** Stable key of a header layout, so a mapping saved for one source is proposed again for the next file with the same columns. */
export function headerSignature(labels: string[]): string {
  const norm = labels.map(normaliseLabel);
  // Trailing blank columns come and go with the data's width; they do not change the layout.
  while (norm.length > 0 && norm[norm.length - 1] === '') norm.pop();
  return createHash('sha256').update(norm.join('\u001f')).digest('hex');
}
