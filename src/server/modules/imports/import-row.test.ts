import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionDirectory } from '../tenancy/regions';
import type { ColumnMapping } from './column-map';
import { isSkippedRow, readImportRow, rowFingerprint, type ImportRecord, type RowContext, type RowProblem } from './import-row';
import { IMPORT_MESSAGES, importMessageResources } from './import.messages';
import { createRegionMatcher } from './region-match';

// Synthetic NIKs issued in Kecamatan Cileunyi (320405): a woman born 17-03-1985, a man born 12-08-1979.
const NIK_P = '3204055703850002';
const NIK_L = '3204051208790003';

let ctx: RowContext;
beforeAll(async () => {
  const regions = await loadRegionDirectory();
  ctx = { regions, matcher: createRegionMatcher(regions, '32.04'), today: new Date('2026-11-23T00:00:00Z'), defaults: { turnoverPeriod: 'monthly' } };
});

const MAPPING: ColumnMapping = ['businessName', 'ownerName', 'nik', 'phone', 'address', 'desa', 'kecamatan', 'sector', 'kbli', 'turnoverMonthly', 'turnoverYearly', 'assets', 'workers', 'workersMale', 'workersFemale', 'nib', 'startYear', 'gender'];
type Row = Partial<Record<NonNullable<ColumnMapping[number]>, string>>;
const BASE: Row = { businessName: 'Keripik Tempe Bu Enok', ownerName: 'Enok Sumarni', desa: 'Cimekar', kecamatan: 'Cileunyi', sector: 'Makanan ringan' };
const read = (row: Row, base = BASE) => {
  const values = { ...base, ...row };
  return readImportRow(MAPPING.map((f) => (f && values[f]) ?? ''), MAPPING, ctx);
};
const keys = (problems: RowProblem[]) => problems.map((p) => `${p.severity}:${p.messageKey}`);

describe('readImportRow', () => {
  it('reads a complete row', () => {
    const { record, problems } = read({
      nik: `'${NIK_P}`, phone: '0812-3456-7890', address: 'Jl. Raya Cinunuk No. 12 RT 02/RW 05', kbli: '10794',
      turnoverMonthly: 'Rp 3.000.000', assets: '15 jt', workersMale: '1', workersFemale: '2 orang', nib: '9120 0012 3456 7', startYear: '2019',
    });
    expect(problems).toEqual([]);
    expect(record).toEqual<ImportRecord>({
      businessName: 'Keripik Tempe Bu Enok', ownerName: 'Enok Sumarni', nik: NIK_P, phone: '+6281234567890',
      address: 'Jl. Raya Cinunuk No. 12 RT 02/RW 05', kecamatanCode: '32.04.05', desaCode: '32.04.05.2003', sector: 'kuliner', kbli: '10794',
      annualSales: 36_000_000, capital: 15_000_000, workersMale: 1, workersFemale: 2, nib: '9120001234567', startYear: 2019, gender: 'P', birthDate: '1985-03-17',
    });
  });

  it('refuses rows without a business or owner name', () => {
    expect(keys(read({ businessName: '' }).problems)).toContain('error:import.row.business_name_missing');
    const { record, problems } = read({ ownerName: '-' });
    expect(record).toBeNull();
    expect(problems).toContainEqual({ field: 'ownerName', severity: 'error', messageKey: 'import.row.owner_name_missing' });
  });

  describe('where', () => {
    it('refuses an unknown kecamatan and says which', () => {
      const { record, problems } = read({ kecamatan: 'Torjun' });
      expect(record).toBeNull();
      expect(problems).toContainEqual({ field: 'kecamatan', severity: 'error', messageKey: 'import.row.kecamatan_unknown', params: { value: 'Torjun' } });
    });

    it('refuses an ambiguous kecamatan, listing the candidates', () => {
      const { problems } = read({ kecamatan: 'Paceh' });
      expect(problems[0]).toMatchObject({ severity: 'error', messageKey: 'import.row.kecamatan_ambiguous', params: { value: 'Paceh' } });
      expect(String(problems[0]!.params!.candidates)).toMatch(/Pacet.*Paseh|Paseh.*Pacet/);
    });

    it('stores a misspelt kecamatan with a "read as" warning', () => {
      const { record, problems } = read({ kecamatan: 'Kec. Cileuny' });
      expect(record?.kecamatanCode).toBe('32.04.05');
      expect(problems).toEqual([{ field: 'kecamatan', severity: 'warning', messageKey: 'import.row.kecamatan_guessed', params: { value: 'Kec. Cileuny', name: 'Cileunyi' } }]);
    });

    it('takes the kecamatan from a desa that is unique in the regency', () => {
      const { record, problems } = read({ kecamatan: '', desa: 'Ds. Cinunuk' });
      expect(problems).toEqual([]);
      expect(record).toMatchObject({ kecamatanCode: '32.04.05', desaCode: '32.04.05.2004' });
    });

    it('refuses a desa that is in another kecamatan', () => {
      // Padasuka is a desa in Cimenyan and in Kutawaringin, not in Cileunyi.
      const { record, problems } = read({ desa: 'Padasuka' });
      expect(record).toBeNull();
      expect(problems).toEqual([
        { field: 'desa', severity: 'error', messageKey: 'import.row.desa_other_kecamatan', params: { value: 'Padasuka', kecamatan: 'Cileunyi', other: 'Cimenyan, Kutawaringin' } },
      ]);
    });

    it('refuses a desa spelled exactly as one elsewhere rather than guessing a near name in the kecamatan', () => {
      // Ciluluk (Kec. Cikancung) is two letters from Cinunuk (Kec. Cileunyi).
      expect(read({ desa: 'Ciluluk' }).problems).toEqual([
        { field: 'desa', severity: 'error', messageKey: 'import.row.desa_other_kecamatan', params: { value: 'Ciluluk', kecamatan: 'Cileunyi', other: 'Cikancung' } },
      ]);
      // Sukamanah is a desa of three kecamatan, and one letter from Sukamenak (Kec. Margahayu).
      const { problems } = read({ kecamatan: 'Margahayu', desa: 'Sukamanah' });
      expect(problems).toMatchObject([{ messageKey: 'import.row.desa_other_kecamatan', params: { kecamatan: 'Margahayu', other: 'Pangalengan, Rancaekek, Paseh' } }]);
    });

    it('refuses a desa name found in several kecamatan when no kecamatan is given', () => {
      const { problems } = read({ kecamatan: '', desa: 'Margaasih' });
      expect(problems).toEqual([
        { field: 'desa', severity: 'error', messageKey: 'import.row.desa_ambiguous', params: { value: 'Margaasih', candidates: 'Margaasih (Margaasih), Margaasih (Cicalengka)' } },
      ]);
    });

    it('refuses an unknown or missing desa', () => {
      expect(read({ desa: 'Sukamakmur Jaya' }).problems).toEqual([{ field: 'desa', severity: 'error', messageKey: 'import.row.desa_unknown', params: { value: 'Sukamakmur Jaya' } }]);
      expect(keys(read({ desa: '' }).problems)).toEqual(['error:import.row.desa_missing']);
      expect(keys(read({ desa: '-', kecamatan: '-' }).problems)).toEqual(['error:import.row.desa_missing']);
    });

    it('stores a misspelt desa with a warning', () => {
      const { record, problems } = read({ desa: 'Cimekr' });
      expect(record?.desaCode).toBe('32.04.05.2003');
      expect(keys(problems)).toEqual(['warning:import.row.desa_guessed']);
    });
  });

  describe('who', () => {
    it('cleans an Excel text NIK and takes gender and birth date from it', () => {
      const { record } = read({ nik: `'3204.0512 0879 0003`, gender: 'L' });
      expect(record).toMatchObject({ nik: NIK_L, gender: 'L', birthDate: '1979-08-12' });
    });

    it('refuses an implausible NIK with the reason in the key', () => {
      const bad = read({ nik: '3204053102790007' }); // 31 February
      expect(bad.record).toBeNull();
      expect(bad.problems).toEqual([{ field: 'nik', severity: 'error', messageKey: 'import.row.nik_invalid_birth_date', params: { value: '3204053102790007', reason: 'birth_date' } }]);
      expect(keys(read({ nik: '12345' }).problems)).toEqual(['error:import.row.nik_invalid_format']);
      expect(keys(read({ nik: '3.20405E+15' }).problems)).toEqual(['error:import.row.nik_invalid_scientific']);
    });

    it('prefers the NIK over a gender column that disagrees, and reads the column without a NIK', () => {
      const mismatch = read({ nik: NIK_P, gender: 'Laki-laki' });
      expect(mismatch.record?.gender).toBe('P');
      expect(keys(mismatch.problems)).toEqual(['warning:import.row.gender_mismatch']);
      expect(read({ gender: 'Perempuan' }).record?.gender).toBe('P');
      expect(read({ gender: 'pria' }).record?.gender).toBe('L');
      expect(keys(read({ gender: 'X' }).problems)).toEqual(['warning:import.row.gender_unreadable']);
    });

    it('drops an invalid phone with a warning, and keeps the first of two numbers', () => {
      const bad = read({ phone: '12345' });
      expect(bad.record?.phone).toBeNull();
      expect(bad.problems).toEqual([{ field: 'phone', severity: 'warning', messageKey: 'import.row.phone_invalid', params: { value: '12345' } }]);
      expect(read({ phone: "'0857-2211-3344 / 0812 9988 7766" }).record?.phone).toBe('+6285722113344');
      expect(read({ phone: '-' }).problems).toEqual([]);
    });
  });

  describe('how big', () => {
    it('refuses an unreadable amount', () => {
      const { record, problems } = read({ turnoverMonthly: '1,5' });
      expect(record).toBeNull();
      expect(problems).toEqual([{ field: 'turnoverMonthly', severity: 'error', messageKey: 'import.row.amount_unreadable', params: { value: '1,5' } }]);
    });

    it('uses yearly turnover over monthly, warning when they disagree by more than 20 %', () => {
      expect(read({ turnoverMonthly: '5 jt', turnoverYearly: '58 jt' })).toMatchObject({ record: { annualSales: 58_000_000 }, problems: [] });
      const off = read({ turnoverMonthly: '5 jt', turnoverYearly: '5 jt' });
      expect(off.record?.annualSales).toBe(5_000_000);
      expect(off.problems).toEqual([{ field: 'turnoverYearly', severity: 'warning', messageKey: 'import.row.turnover_mismatch', params: { monthly: '5.000.000', yearly: '5.000.000' } }]);
    });

    it('follows a period written in the cell', () => {
      expect(read({ turnoverYearly: 'Rp 4 jt/bln' }).record?.annualSales).toBe(48_000_000);
      expect(read({ turnoverMonthly: '48 jt per tahun' }).record?.annualSales).toBe(48_000_000);
      expect(read({ turnoverMonthly: '' }).record?.annualSales).toBeNull();
    });

    it('puts a lone workers total on the owner\'s gender, and says so', () => {
      const woman = read({ nik: NIK_P, workers: '4 orang' });
      expect(woman.record).toMatchObject({ workersMale: 0, workersFemale: 4 });
      expect(woman.problems).toEqual([{ field: 'workers', severity: 'warning', messageKey: 'import.row.workers_split_guessed', params: { total: 4, gender: 'P' } }]);
      expect(read({ workers: '3' }).record).toMatchObject({ workersMale: 3, workersFemale: 0 });
      expect(read({ workers: '0' }).problems).toEqual([]);
    });

    it('uses the breakdown over the total, and drops unreadable counts', () => {
      const mismatch = read({ workers: '5', workersMale: '1', workersFemale: '2' });
      expect(mismatch.record).toMatchObject({ workersMale: 1, workersFemale: 2 });
      expect(keys(mismatch.problems)).toEqual(['warning:import.row.workers_total_mismatch']);
      const junk = read({ workersMale: 'dua', workersFemale: '2.0' });
      expect(junk.record).toMatchObject({ workersMale: 0, workersFemale: 2 });
      expect(keys(junk.problems)).toEqual(['warning:import.row.workers_unreadable']);
    });
  });

  describe('what', () => {
    it.each([
      ['Warung makan', 'kuliner'], ['Katering', 'kuliner'], ['Kue kering', 'kuliner'], ['Warung sembako', 'perdagangan'],
      ['Konveksi', 'fashion'], ['Batik tulis', 'fashion'], ['Penjahit', 'fashion'], ['Kerajinan anyaman bambu', 'kriya'],
      ['Ukiran kayu', 'kriya'], ['Bengkel motor', 'jasa'], ['Laundry kiloan', 'jasa'], ['Salon kecantikan', 'jasa'],
      ['Peternakan ayam', 'agribisnis'], ['Budidaya ikan lele', 'agribisnis'], ['Toko kelontong', 'perdagangan'], ['Pedagang keliling', 'perdagangan'],
      ['Fotokopi & ATK', 'jasa'], ['Kedai kopi', 'kuliner'], ['Lainnya', 'lainnya'],
    ])('reads sector %j as %s', (text, sector) => {
      const { record, problems } = read({ sector: text });
      expect(record?.sector).toBe(sector);
      expect(problems).toEqual([]);
    });

    it('falls back to "lainnya" with a warning', () => {
      expect(read({ sector: 'Penyewaan tenda' })).toMatchObject({ record: { sector: 'lainnya' }, problems: [{ messageKey: 'import.row.sector_unknown', params: { value: 'Penyewaan tenda' } }] });
      expect(keys(read({ sector: '' }).problems)).toEqual(['warning:import.row.sector_missing']);
    });

    it('takes the sector from the KBLI when the text says nothing', () => {
      expect(read({ sector: '', kbli: '14111' })).toMatchObject({ record: { sector: 'fashion', kbli: '14111' }, problems: [] });
      expect(read({ sector: '', kbli: '47211' }).record?.sector).toBe('perdagangan');
      expect(read({ sector: '', kbli: '56102' }).record?.sector).toBe('kuliner');
      expect(read({ sector: '', kbli: '96021' }).record?.sector).toBe('jasa');
      expect(read({ sector: '', kbli: '62019' }).record?.sector).toBe('lainnya');
      expect(read({ sector: 'Sablon kaos', kbli: '18111' })).toMatchObject({ record: { sector: 'lainnya' }, problems: [] });
    });

    it('restores a KBLI that lost its leading zero, drops other malformed ones', () => {
      const padded = read({ sector: '', kbli: '1134' });
      expect(padded.record).toMatchObject({ kbli: '01134', sector: 'agribisnis' });
      expect(keys(padded.problems)).toEqual(['warning:import.row.kbli_padded']);
      const bad = read({ kbli: '10-7' });
      expect(bad.record?.kbli).toBeNull();
      expect(keys(bad.problems)).toEqual(['warning:import.row.kbli_invalid']);
    });

    it('drops a malformed NIB and an implausible start year with warnings', () => {
      const { record, problems } = read({ nib: '91200012345', startYear: '2030' });
      expect(record).toMatchObject({ nib: null, startYear: null });
      expect(problems).toEqual([
        { field: 'nib', severity: 'warning', messageKey: 'import.row.nib_invalid', params: { value: '91200012345' } },
        { field: 'startYear', severity: 'warning', messageKey: 'import.row.start_year_invalid', params: { value: '2030', max: 2026 } },
      ]);
      expect(read({ startYear: '12/03/2015' }).record?.startYear).toBe(2015);
      expect(read({ startYear: '2015.0' }).record?.startYear).toBe(2015);
    });
  });

  it('skips blank rows and total lines without calling them errors', () => {
    const blank = readImportRow(['', '  ', ''], ['businessName', 'ownerName', 'desa'], ctx);
    expect(blank).toEqual({ record: null, problems: [{ field: null, severity: 'warning', messageKey: 'import.row.skipped_blank' }] });
    expect(isSkippedRow(blank)).toBe(true);
    const total = readImportRow(['JUMLAH', '', '', '125.000.000'], [null, 'businessName', 'ownerName', 'turnoverYearly'], ctx);
    expect(keys(total.problems)).toEqual(['warning:import.row.skipped_total']);
    expect(isSkippedRow(read({ businessName: '' }))).toBe(false);
  });

  it('ignores unmapped columns and columns beyond the row', () => {
    const { record } = readImportRow(['1', 'Sate Maranggi Haji Oyo', 'Oyo Suhendar'], [null, 'businessName', 'ownerName', 'desa'], ctx);
    expect(record).toBeNull(); // no desa: cell 3 does not exist
  });
});

describe('rowFingerprint', () => {
  const record = (over: Partial<ImportRecord> = {}) => read({ nik: NIK_P, phone: '081234567890', turnoverMonthly: '3 jt', workers: '2' }).record && { ...read({ nik: NIK_P, phone: '081234567890', turnoverMonthly: '3 jt', workers: '2' }).record!, ...over };

  it('ignores case, spacing and punctuation in names', () => {
    const a = rowFingerprint(record()!);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(rowFingerprint(record({ businessName: '  KERIPIK TEMPE   Bu. Enok ', ownerName: 'enok sumarni' })!)).toBe(a);
    expect(rowFingerprint(record({ address: 'Jl. lain', startYear: 2001 })!)).toBe(a); // not part of the content key
    expect(rowFingerprint(record({ workersMale: 1, workersFemale: 1 })!)).toBe(a); // same total, other split
  });

  it('changes when the content changes', () => {
    const a = rowFingerprint(record()!);
    expect(rowFingerprint(record({ annualSales: 40_000_000 })!)).not.toBe(a);
    expect(rowFingerprint(record({ desaCode: '32.04.05.2004' })!)).not.toBe(a);
    expect(rowFingerprint(record({ nib: '9120001234567' })!)).not.toBe(a);
    expect(rowFingerprint(record({ phone: null })!)).not.toBe(a);
  });
});

describe('IMPORT_MESSAGES', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

  it('has every key a row can produce, in both languages, with the params it uses', () => {
    const rows: Row[] = [
      { businessName: '', ownerName: '' }, { kecamatan: 'Torjun' }, { kecamatan: 'Paceh' }, { kecamatan: 'Cileuny' }, { desa: '' },
      { desa: 'Sukamakmur Jaya' }, { kecamatan: '', desa: 'Margaasih' }, { desa: 'Cimekr' }, { desa: 'Padasuka' },
      { nik: '1' }, { nik: '3204993102790007' }, { nik: '3204053102790007' }, { nik: '3204051208790000' }, { nik: '3.2E+15' },
      { nik: NIK_P, gender: 'L' }, { gender: '?' }, { phone: '1' }, { turnoverMonthly: 'x' }, { turnoverMonthly: '1 jt', turnoverYearly: '1 jt' },
      { workers: 'x' }, { workers: '3', workersMale: '1' }, { workers: '2' }, { sector: 'Penyewaan tenda' }, { sector: '' },
      { kbli: '1' }, { kbli: '1134' }, { nib: '1' }, { startYear: '1800' },
    ];
    const problems = rows.flatMap((r) => read(r).problems);
    problems.push(...readImportRow([''], ['businessName'], ctx).problems, ...readImportRow(['Total'], [null, 'businessName'], ctx).problems);
    const seen = new Set(problems.map((p) => p.messageKey));
    expect(seen.size).toBeGreaterThanOrEqual(30);
    for (const p of problems) {
      const message = IMPORT_MESSAGES[p.messageKey];
      expect(message, p.messageKey).toBeDefined();
      for (const text of [message!.id, message!.en]) {
        for (const name of placeholders(text)) expect(p.params ?? {}, `${p.messageKey} {{${name}}}`).toHaveProperty(name!);
      }
    }
  });

  it('uses the same placeholders in both languages and covers the sheet reader errors', () => {
    for (const [key, m] of Object.entries(IMPORT_MESSAGES)) {
      expect(placeholders(m.en), key).toEqual(placeholders(m.id));
      expect(m.id.trim() && m.en.trim(), key).toBeTruthy();
    }
    for (const reason of ['empty', 'not_spreadsheet', 'encrypted', 'legacy_xls', 'corrupt', 'zip_bomb', 'too_large', 'no_sheet', 'no_header']) {
      expect(IMPORT_MESSAGES[`errors.import.${reason}`], reason).toBeDefined();
    }
  });

  it('nests into i18next resources without a key being both a text and a group', () => {
    const id = importMessageResources('id') as { import: { row: Record<string, string> }; errors: { import: Record<string, string> } };
    expect(id.import.row.desa_missing).toBe(IMPORT_MESSAGES['import.row.desa_missing']!.id);
    expect(typeof id.errors.import.corrupt).toBe('string');
  });
});
