import { createHash } from 'node:crypto';
import { checkNik } from '../registry/nik';
import { normalisePhone } from '../../kernel/phone';
import type { SECTORS } from '../registry/registry.table';
import type { RegionDirectory } from '../tenancy/regions';
import type { ColumnMapping, ImportField } from './column-map';
import { desaElsewhere, type RegionMatcher } from './region-match';
import { parseRupiah } from './rupiah';

/**
 * Turning one spreadsheet row into a registry record. Pure and cheap (no I/O, caches keyed by the
 * mapping and by repeated cell texts), so a 50,000-row file is checked in well under a second and the
 * whole report is shown before anything is stored.
 */

type Sector = (typeof SECTORS)[number];

/**
 * The office's reading of a turnover column whose label gave no period ("Omzet"). It takes effect when
 * the mapping is made (`proposeMapping(labels, defaults)`): a mapped column always says its period, so
 * readImportRow only follows the mapping and a period written in the cell ("5 jt/bln").
 */
export interface ImportDefaults { turnoverPeriod: 'monthly' | 'yearly' } // used when a turnover column is ambiguous ("Omzet" with no period)

/** One business and its owner, as read from a row: codes resolved, amounts integer rupiah per year. */
export interface ImportRecord { businessName: string; ownerName: string; nik: string | null; phone: string | null; address: string | null; kecamatanCode: string; desaCode: string; sector: Sector; kbli: string | null; annualSales: number | null; capital: number | null; workersMale: number; workersFemale: number; nib: string | null; startYear: number | null; gender: 'L' | 'P' | null; birthDate: string | null } // prettier-ignore

/** Something wrong with a row; `messageKey` is in IMPORT_MESSAGES, `params` fill its {{placeholders}}. */
export interface RowProblem { field: ImportField | null; severity: 'error' | 'warning'; messageKey: string; params?: Record<string, string | number> } // prettier-ignore

/** What reading a row needs: the region lists, a matcher for the tenant's regency, "today" for NIK and year checks. */
export interface RowContext { regions: RegionDirectory; matcher: RegionMatcher; today: Date; defaults: ImportDefaults }

/** Rupiah written the Indonesian way for messages ("1.500.000"), whatever the server's locale. */
const rupiahText = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const BLANK = /^(?:-+|—|–|n\/?a|#n\/a|tidak ada|tdk ada|belum ada|belum|tidak|\.+|0+)?$/i;
const orEmpty = (s: string) => (BLANK.test(s) ? '' : s);
const clean = (s: string | undefined) => {
  const t = (s ?? '').trim();
  return /\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, ' ') : t;
};
/** Identifier cells: Excel text cells may keep the leading apostrophe, people type dots and spaces. */
const digitsOf = (s: string) => s.replace(/^'/, '').replace(/[\s.-]/g, '');

const columnCache = new WeakMap<ColumnMapping, Map<ImportField, number>>();
function columnsOf(mapping: ColumnMapping): Map<ImportField, number> {
  let cols = columnCache.get(mapping);
  if (!cols) {
    cols = new Map();
    mapping.forEach((f, i) => f && !cols!.has(f) && cols!.set(f, i));
    columnCache.set(mapping, cols);
  }
  return cols;
}

/** Turns one data row into a record, or says why not. Errors mean the row is not stored; warnings mean stored with the value dropped/guessed. Pure and fast (≥ 100k rows/s).
 * A blank row or a "JUMLAH"/"TOTAL" line gives `record: null` with only an `import.row.skipped_*` warning: skipped, not refused. */
export function readImportRow(cells: string[], mapping: ColumnMapping, ctx: RowContext): { record: ImportRecord | null; problems: RowProblem[] } {
  const row = new RowReader(cells, columnsOf(mapping), ctx);
  const businessName = row.get('businessName');
  const ownerName = row.get('ownerName');
  if (!businessName && !ownerName) {
    if (cells.some(isTotalCell)) return skipped('import.row.skipped_total');
    if (row.isBlank()) return skipped('import.row.skipped_blank');
  }
  // The database cannot keep a NUL byte (a cell pasted from a binary file or a broken export): refuse the
  // row with a reason instead of letting the commit fail as a whole.
  const withNul = row.fieldsWithNul();
  if (withNul.length) {
    for (const field of withNul) row.error(field, 'import.row.nul_byte');
    return { record: null, problems: row.problems };
  }
  if (BLANK.test(businessName)) row.error('businessName', 'import.row.business_name_missing');
  if (BLANK.test(ownerName)) row.error('ownerName', 'import.row.owner_name_missing');
  const where = row.location();
  const who = row.owner();
  const size = row.size(who.gender);
  const what = row.kind();
  const address = row.get('address');
  if (!where || row.problems.some((p) => p.severity === 'error')) return { record: null, problems: row.problems };
  return { record: { businessName, ownerName, ...who, address: BLANK.test(address) ? null : address, ...where, ...what, ...size }, problems: row.problems };
}

/**
 * The state of reading one row. A class rather than closures inside readImportRow: closures would be
 * re-created (and, under tsx/esbuild's keepNames, re-named) for every row, a measurable cost at 100k rows/s.
 */
class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly cells: string[],
    private readonly cols: Map<ImportField, number>,
    private readonly ctx: RowContext,
  ) {}

  get(field: ImportField): string {
    const i = this.cols.get(field);
    return i === undefined ? '' : clean(this.cells[i]);
  }
  /** Mapped fields whose cell holds U+0000 (unmapped columns are never stored, so they do not matter). */
  fieldsWithNul(): ImportField[] {
    const fields: ImportField[] = [];
    for (const [field, i] of this.cols) if (this.cells[i]?.includes('\u0000')) fields.push(field);
    return fields;
  }
  isBlank(): boolean {
    for (const i of this.cols.values()) if (clean(this.cells[i]) !== '') return false;
    return true;
  }
  error(field: ImportField | null, messageKey: string, params?: RowProblem['params']): void {
    this.problems.push(params ? { field, severity: 'error', messageKey, params } : { field, severity: 'error', messageKey });
  }
  warn(field: ImportField | null, messageKey: string, params?: RowProblem['params']): void {
    this.problems.push(params ? { field, severity: 'warning', messageKey, params } : { field, severity: 'warning', messageKey });
  }
  private kecamatanName(code: string): string {
    return this.ctx.regions.kecamatan(code.slice(0, 8))?.name ?? code.slice(0, 8);
  }

  /** Kecamatan (optional when the desa name is unique in the regency), then desa (required). */
  location(): { kecamatanCode: string; desaCode: string } | null {
    const { matcher } = this.ctx;
    const kecText = orEmpty(this.get('kecamatan'));
    const desaText = orEmpty(this.get('desa'));
    let kecamatanCode: string | null = null;
    if (kecText) {
      const m = matcher.kecamatan(kecText);
      if (m.status === 'ok') {
        kecamatanCode = m.code;
        if (!m.exact) this.warn('kecamatan', 'import.row.kecamatan_guessed', { value: kecText, name: m.name });
      } else if (m.status === 'ambiguous') {
        this.error('kecamatan', 'import.row.kecamatan_ambiguous', { value: kecText, candidates: m.candidates.map((c) => c.name).join(', ') });
      } else this.error('kecamatan', 'import.row.kecamatan_unknown', { value: kecText });
    }
    if (!desaText) {
      this.error('desa', 'import.row.desa_missing');
      return null;
    }
    if (kecText && !kecamatanCode) return null; // the kecamatan error says it all
    const m = matcher.desa(desaText, kecamatanCode);
    // A desa spelled exactly as one in another kecamatan is a wrong kecamatan, not a typo to guess around.
    const other = kecamatanCode && !(m.status === 'ok' && m.exact) ? desaElsewhere(matcher, desaText, kecamatanCode, m.status === 'unknown') : [];
    if (other.length > 0 && kecamatanCode) {
      const params = { value: desaText, kecamatan: this.kecamatanName(kecamatanCode), other: other.map((c) => this.kecamatanName(c)).join(', ') };
      this.error('desa', 'import.row.desa_other_kecamatan', params);
    } else if (m.status === 'ok') {
      if (!m.exact) this.warn('desa', 'import.row.desa_guessed', { value: desaText, name: m.name });
      return { kecamatanCode: kecamatanCode ?? m.code.slice(0, 8), desaCode: m.code };
    } else if (m.status === 'ambiguous') {
      const candidates = m.candidates.slice(0, 6).map((c) => `${c.name} (${this.kecamatanName(c.code)})`).join(', ');
      this.error('desa', 'import.row.desa_ambiguous', { value: desaText, candidates });
    } else this.error('desa', 'import.row.desa_unknown', { value: desaText });
    return null;
  }

  /** The NIK states gender and birth date; a gender column only fills in when there is no NIK. */
  owner(): Pick<ImportRecord, 'nik' | 'gender' | 'birthDate' | 'phone'> {
    const who: Pick<ImportRecord, 'nik' | 'gender' | 'birthDate' | 'phone'> = { nik: null, gender: null, birthDate: null, phone: null };
    const nikText = this.get('nik');
    if (!BLANK.test(nikText)) {
      const digits = digitsOf(nikText);
      const result = checkNik(digits, this.ctx.regions, this.ctx.today);
      if (result.ok) {
        who.nik = digits;
        who.gender = result.facts.gender;
        who.birthDate = result.facts.birthDate;
      }
      else {
        // "3.20405E+15": Excel stored the NIK as a number and lost its last digits. The reason is part of
        // the key (import.row.nik_invalid_format, …) so a report needs no nested translation.
        const reason = /e\+?\d+$/i.test(digits) ? 'scientific' : result.reason;
        this.error('nik', `import.row.nik_invalid_${reason}`, { value: nikText, reason });
      }
    }
    const genderText = this.get('gender');
    if (genderText) {
      const g = readGender(genderText);
      if (g === undefined) this.warn('gender', 'import.row.gender_unreadable', { value: genderText });
      else if (who.gender && g && g !== who.gender) this.warn('gender', 'import.row.gender_mismatch', { value: genderText, nikGender: who.gender });
      else who.gender ??= g;
    }
    const phoneText = this.get('phone');
    if (!BLANK.test(phoneText)) {
      // "0812-3456-7890 / 0857-1234-5678": the first number that reads is kept.
      who.phone = normalisePhone(phoneText.replace(/^'/, ''));
      if (!who.phone) for (const part of phoneText.split(/[/,;&]|\bdan\b|\batau\b/)) if ((who.phone = normalisePhone(part.replace(/^\s*'/, '')))) break;
      if (!who.phone) this.warn('phone', 'import.row.phone_invalid', { value: phoneText });
    }
    return who;
  }

  /** Rupiah in a column; a turnover cell's own period ("5 jt/bln") wins over the column's. Per year for turnover. */
  private amount(field: ImportField, period: 'monthly' | 'yearly' | null): number | null {
    const raw = this.get(field);
    if (!raw) return null;
    const stated = period && /[a-z]\.?$/i.test(raw) ? STATED_PERIOD.exec(raw) : null;
    const read = parseRupiah(stated ? raw.slice(0, stated.index) : raw);
    if (!read.ok) {
      this.error(field, 'import.row.amount_unreadable', { value: raw });
      return null;
    }
    const monthly = stated ? /^b/i.test(stated[1]!) : period === 'monthly';
    return read.value !== null && monthly ? read.value * 12 : read.value;
  }
  private count(field: ImportField): number | null {
    const text = this.get(field);
    if (!text) return null;
    const n = readCount(text);
    if (n === undefined) this.warn(field, 'import.row.workers_unreadable', { value: text });
    return n ?? null;
  }

  /** Turnover per year (a monthly figure × 12), capital and workers. */
  size(gender: 'L' | 'P' | null): Pick<ImportRecord, 'annualSales' | 'capital' | 'workersMale' | 'workersFemale'> {
    const fromMonthly = this.amount('turnoverMonthly', 'monthly');
    const fromYearly = this.amount('turnoverYearly', 'yearly');
    if (fromMonthly !== null && fromYearly !== null && Math.abs(fromMonthly - fromYearly) > 0.2 * Math.max(fromMonthly, fromYearly)) {
      this.warn('turnoverYearly', 'import.row.turnover_mismatch', { monthly: rupiahText(fromMonthly / 12), yearly: rupiahText(fromYearly) });
    }
    const capital = this.amount('assets', null);
    const male = this.count('workersMale');
    const female = this.count('workersFemale');
    const total = this.count('workers');
    let workersMale = male ?? 0;
    let workersFemale = female ?? 0;
    if (male !== null || female !== null) {
      if (total !== null && total !== workersMale + workersFemale) this.warn('workers', 'import.row.workers_total_mismatch', { total, sum: workersMale + workersFemale });
    } else if (total) {
      // Only a total: the record needs a split, so it goes to the owner's gender and the report says so.
      if (gender === 'P') workersFemale = total;
      else workersMale = total;
      this.warn('workers', 'import.row.workers_split_guessed', { total, gender: gender ?? '?' });
    }
    return { annualSales: fromYearly ?? fromMonthly, capital, workersMale, workersFemale };
  }

  /** Sector and KBLI (KBLI is precise; the text is what offices write; KBLI decides when the text says nothing), NIB, start year. */
  kind(): Pick<ImportRecord, 'sector' | 'kbli' | 'nib' | 'startYear'> {
    let kbli: string | null = null;
    const kbliText = this.get('kbli');
    if (!BLANK.test(kbliText)) {
      const digits = digitsOf(kbliText);
      if (/^\d{5}$/.test(digits)) kbli = digits;
      else if (/^\d{4}$/.test(digits)) {
        kbli = `0${digits}`; // a number cell drops the leading zero of agriculture codes (01111 → 1111)
        this.warn('kbli', 'import.row.kbli_padded', { value: kbliText, kbli });
      } else this.warn('kbli', 'import.row.kbli_invalid', { value: kbliText });
    }
    const sectorText = this.get('sector');
    const fromText = sectorText ? sectorOf(sectorText) : null;
    if (sectorText && !fromText && !kbli) this.warn('sector', 'import.row.sector_unknown', { value: sectorText });
    else if (!sectorText && !kbli) this.warn('sector', 'import.row.sector_missing');
    const nibText = this.get('nib');
    let nib: string | null = null;
    if (!BLANK.test(nibText)) {
      const digits = digitsOf(nibText);
      if (/^\d{13}$/.test(digits)) nib = digits;
      else this.warn('nib', 'import.row.nib_invalid', { value: nibText });
    }
    const yearText = this.get('startYear');
    let startYear: number | null = null;
    if (!BLANK.test(yearText)) {
      const y = /^(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})(?:\.0+)?$|^(\d{4})-\d{2}-\d{2}/.exec(yearText);
      const year = y ? Number(y[1] ?? y[2]) : NaN;
      const max = this.ctx.today.getUTCFullYear();
      if (year >= 1900 && year <= max) startYear = year;
      else this.warn('startYear', 'import.row.start_year_invalid', { value: yearText, max });
    }
    return { sector: fromText ?? (kbli ? sectorOfKbli(kbli) : 'lainnya'), kbli, nib, startYear };
  }
}

const STATED_PERIOD = /\s*(?:\/|per|tiap|setiap)\s*(bulan|bln|bl|tahun|thn|th)\.?$/i;
const isTotalCell = (c: string | undefined) => /^\s*(jumlah|total|grand total|sub ?total)\b/i.test(c ?? '');

/** Keys of rows skipped on purpose (blank, a total line): not refused, so not counted as errors. */
export const SKIPPED_ROW_KEYS = ['import.row.skipped_blank', 'import.row.skipped_total'] as const;

/** True when readImportRow skipped the row on purpose rather than refused it. */
export function isSkippedRow(result: { record: ImportRecord | null; problems: RowProblem[] }): boolean {
  return result.record === null && result.problems.length === 1 && (SKIPPED_ROW_KEYS as readonly string[]).includes(result.problems[0]!.messageKey);
}

const skipped = (messageKey: (typeof SKIPPED_ROW_KEYS)[number]) => ({ record: null, problems: [{ field: null, severity: 'warning' as const, messageKey }] });

/** "L", "Laki-laki", "Pria", "P", "Perempuan", "Wanita" (and English); null for blank, undefined when unreadable. */
function readGender(text: string): 'L' | 'P' | null | undefined {
  const s = text.toLowerCase().replace(/[^a-z]/g, '');
  if (s === '') return null;
  if (/^(l|lk|laki|lakilaki|pria|m|male|man|cowok)$/.test(s)) return 'L';
  if (/^(p|pr|pere|perempuan|wanita|w|f|female|woman|cewek)$/.test(s)) return 'P';
  return undefined;
}

/** "5", "3 orang", "2 org", "4.0" (a number Excel wrote out); null for blank, undefined when unreadable. */
function readCount(text: string): number | null | undefined {
  const s = text.toLowerCase().replace(/\s*(orang|org|jiwa|tk|karyawan|pekerja)\.?$/, '').replace(/\.0+$/, '').trim();
  if (s === '' || s === '-') return null;
  return /^\d{1,6}$/.test(s) ? Number(s) : undefined;
}

// Keyword → sector, in order: "warung sembako" is a shop before "warung" is food; food before services,
// so "jasa katering" is kuliner. Matched as substrings of the lower-cased text ("peternakan" has "ternak").
const SECTOR_WORDS: [Sector, RegExp][] = [
  ['perdagangan', /sembako|kelontong|toko kelontong|warung sembako/],
  ['kuliner', /kuliner|makan|minum|warung|katering|catering|kripik|keripik|\bkue|\broti|snack|camilan|cemilan|bakso|\bkopi|sambal|olahan pangan|kedai|\bfood/],
  ['fashion', /fashion|pakaian|konveksi|batik|jahit|busana|garmen|bordir|sepatu|\btas\b/],
  ['kriya', /kriya|kerajinan|anyaman|ukir|handicraft|craft|gerabah|souvenir|suvenir|mebel|meubel/],
  ['jasa', /jasa|salon|bengkel|laundry|londri|servis|service|cukur|pangkas|\brias\b|percetakan|fotokopi|foto copy/],
  ['agribisnis', /pertanian|peternakan|perikanan|ternak|tani|kebun|\bikan\b|budidaya|agri|hortikultura/],
  ['perdagangan', /toko|dagang|retail|ritel|grosir|jual beli|\bagen\b/],
];
const sectorCache = new Map<string, Sector | null>();

/** The sector a free-text "Jenis Usaha" names, or null when no keyword fits. */
function sectorOf(text: string): Sector | null {
  const key = text.toLowerCase();
  const cached = sectorCache.get(key);
  if (cached !== undefined) return cached;
  let sector: Sector | null = /^(lain ?lain|lainnya|lain2|others?)$/.test(key) ? 'lainnya' : null;
  for (const [s, re] of SECTOR_WORDS) if (!sector && re.test(key)) sector = s;
  if (sectorCache.size > 10_000) sectorCache.clear();
  sectorCache.set(key, sector);
  return sector;
}

/** Sector from the KBLI division (its first two digits). */
function sectorOfKbli(kbli: string): Sector {
  const d = Number(kbli.slice(0, 2));
  if (d === 10 || d === 11 || d === 56) return 'kuliner';
  if (d >= 13 && d <= 15) return 'fashion';
  if (d >= 1 && d <= 3) return 'agribisnis';
  if (d === 47) return 'perdagangan';
  if (d === 95 || d === 96) return 'jasa';
  return 'lainnya';
}

/** A stable fingerprint of the record's content (sha256 hex of its normalised fields), so the same row imported twice (even from a re-saved file) is recognised. */
export function rowFingerprint(record: ImportRecord): string {
  // Case, spacing and punctuation in names are cosmetic; the workers split is not (a guess may differ), the total is.
  const name = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const parts = [name(record.businessName), name(record.ownerName), record.nik, record.phone, record.desaCode, record.kbli, record.annualSales, record.capital, record.workersMale + record.workersFemale, record.nib]; // prettier-ignore
  return createHash('sha256').update(parts.map((p) => (p === null ? '' : String(p))).join('\u001f')).digest('hex');
}
