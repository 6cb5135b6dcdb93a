import { describe, expect, it } from 'vitest';
import { ambiguousTurnoverColumns, detectHeader, headerSignature, missingRequiredFields, proposeMapping, type ImportField } from './column-map';

const one = (label: string) => proposeMapping([label])[0];

describe('proposeMapping', () => {
  it.each<[string, ImportField | null]>([
    ['Nama Usaha', 'businessName'],
    ['NAMA UMKM', 'businessName'],
    ['Nama Toko', 'businessName'],
    ['Business Name', 'businessName'],
    ['Nama Pemilik', 'ownerName'],
    ['Pemilik', 'ownerName'],
    ['Nama Pelaku Usaha', 'ownerName'],
    ['Nama Lengkap', 'ownerName'],
    ['Owner', 'ownerName'],
    ['NIK', 'nik'],
    ['No KTP', 'nik'],
    ['No. KTP', 'nik'],
    ['Nomor Induk Kependudukan', 'nik'],
    ['No HP', 'phone'],
    ['No. HP', 'phone'],
    ['WA', 'phone'],
    ['No HP/WA', 'phone'],
    ['Telepon', 'phone'],
    ['Phone', 'phone'],
    ['WhatsApp', 'phone'],
    ['Alamat', 'address'],
    ['Alamat Usaha', 'address'],
    ['Address', 'address'],
    ['Desa', 'desa'],
    ['Kelurahan', 'desa'],
    ['Desa/Kel', 'desa'],
    ['Desa / Kelurahan', 'desa'],
    ['Kecamatan', 'kecamatan'],
    ['Kec', 'kecamatan'],
    ['Kec.', 'kecamatan'],
    ['Jenis Usaha', 'sector'],
    ['Bidang Usaha', 'sector'],
    ['Sektor', 'sector'],
    ['Sector', 'sector'],
    ['KBLI', 'kbli'],
    ['Kode KBLI', 'kbli'],
    ['Omzet per bulan', 'turnoverMonthly'],
    ['Omset/bln', 'turnoverMonthly'],
    ['Omzet Perbulan (Rp)', 'turnoverMonthly'],
    ['Penjualan per Bulan', 'turnoverMonthly'],
    ['Monthly turnover', 'turnoverMonthly'],
    ['Omzet per tahun', 'turnoverYearly'],
    ['Omzet Tahunan', 'turnoverYearly'],
    ['Annual sales', 'turnoverYearly'],
    ['Omzet', null],
    ['Omset (Rp)', null],
    ['Aset', 'assets'],
    ['Modal', 'assets'],
    ['Modal Usaha (Rp)', 'assets'],
    ['Assets', 'assets'],
    ['Capital', 'assets'],
    ['Sumber Modal', null],
    ['Tenaga Kerja', 'workers'],
    ['Jumlah TK', 'workers'],
    ['Jml Karyawan', 'workers'],
    ['Workers', 'workers'],
    ['Jumlah Tenaga Kerja (orang)', 'workers'],
    ['TK Laki-laki', 'workersMale'],
    ['TK Pria', 'workersMale'],
    ['Tenaga Kerja L', 'workersMale'],
    ['TK Perempuan', 'workersFemale'],
    ['Karyawan Wanita', 'workersFemale'],
    ['NIB', 'nib'],
    ['No. NIB', 'nib'],
    ['Nomor Induk Berusaha', 'nib'],
    ['Tahun Berdiri', 'startYear'],
    ['Mulai Usaha', 'startYear'],
    ['Tahun Mulai Usaha', 'startYear'],
    ['Start year', 'startYear'],
    ['Jenis Kelamin', 'gender'],
    ['L/P', 'gender'],
    ['Gender', 'gender'],
    ['No', null],
    ['No.', null],
    ['Nomor urut', null],
    ['Keterangan', null],
    ['Email', null],
    ['', null],
  ])('%j → %s', (label, field) => {
    expect(one(label)).toBe(field);
  });

  it('maps a typical assistant sheet', () => {
    const labels = ['No', 'Nama Pemilik', 'NIK', 'Nama Usaha', 'Jenis Usaha', 'Alamat', 'Desa', 'Kecamatan', 'No HP/WA', 'Omzet/bln', 'Jml TK', 'Ket'];
    expect(proposeMapping(labels)).toEqual([null, 'ownerName', 'nik', 'businessName', 'sector', 'address', 'desa', 'kecamatan', 'phone', 'turnoverMonthly', 'workers', null]);
  });

  it('never gives one field to two columns: the strongest label keeps it', () => {
    expect(proposeMapping(['Nama', 'Nama Pemilik', 'Nama Usaha'])).toEqual([null, 'ownerName', 'businessName']);
    expect(proposeMapping(['No HP', 'No WA'])).toEqual(['phone', null]);
  });

  it('leaves plain "Omzet" for the user, unless the office default is given', () => {
    expect(ambiguousTurnoverColumns(['Nama Usaha', 'Omzet', 'Omzet per Tahun'])).toEqual([1]);
    expect(proposeMapping(['Omzet'], { turnoverPeriod: 'yearly' })).toEqual(['turnoverYearly']);
    // The default never takes a field a labelled column already has.
    expect(proposeMapping(['Omzet', 'Omzet per bulan'], { turnoverPeriod: 'monthly' })).toEqual([null, 'turnoverMonthly']);
  });

  it('says which required fields are not mapped', () => {
    expect(missingRequiredFields(['businessName', null, 'kecamatan'])).toEqual(['ownerName', 'desa']);
    expect(missingRequiredFields(['businessName', 'ownerName', 'desa'])).toEqual([]);
  });
});

describe('detectHeader', () => {
  it('skips title rows and blank rows above the header', () => {
    const rows = [
      ['DATA UMKM KECAMATAN CILEUNYI TAHUN 2026'],
      ['Dinas Koperasi dan UKM Kabupaten Bandung'],
      [],
      ['No', 'Nama Usaha', 'Nama Pemilik', 'Desa', 'Omzet per Bulan'],
      ['1', 'Keripik Tempe Bu Enok', 'Enok Sumarni', 'Cimekar', '3.000.000'],
    ];
    expect(detectHeader(rows)).toEqual({ headerRowIndex: 3, dataStartIndex: 4, labels: ['No', 'Nama Usaha', 'Nama Pemilik', 'Desa', 'Omzet per Bulan'] });
  });

  it('returns a label for every column up to the widest row', () => {
    const rows = [['Nama Usaha', 'Pemilik'], ['Warung Nasi Mang Ujang', 'Ujang Suryana', 'catatan tambahan']];
    expect(detectHeader(rows)?.labels).toEqual(['Nama Usaha', 'Pemilik', '']);
  });

  it('combines a merged parent above sub-labels (parent is the best row)', () => {
    const rows = [
      ['REKAPITULASI DATA UMKM 2026'],
      ['No', 'Nama Usaha', 'Pemilik', 'Omzet', '', 'Tenaga Kerja', '', 'Desa'],
      ['', '', '', 'Per Bulan', 'Per Tahun', 'L', 'P', ''],
      ['1', 'Batik Sekar Jagad', 'Siti Rohmah', '5 jt', '60 jt', '1', '3', 'Cinunuk'],
    ];
    const header = detectHeader(rows)!;
    expect(header.headerRowIndex).toBe(1);
    expect(header.dataStartIndex).toBe(3);
    expect(header.labels).toEqual(['No', 'Nama Usaha', 'Pemilik', 'Omzet Per Bulan', 'Omzet Per Tahun', 'Tenaga Kerja L', 'Tenaga Kerja P', 'Desa']);
    expect(proposeMapping(header.labels)).toEqual([null, 'businessName', 'ownerName', 'turnoverMonthly', 'turnoverYearly', 'workersMale', 'workersFemale', 'desa']);
  });

  it('combines a merged parent row above the best row', () => {
    const rows = [
      ['', '', '', 'Omzet', '', 'Tenaga Kerja', ''],
      ['Nama Usaha', 'Nama Pemilik', 'Kecamatan', 'Bulanan', 'Tahunan', 'Laki-laki', 'Perempuan'],
      ['Anyaman Bambu Barokah', 'Dedi Kurniawan', 'Cileunyi', '2.500.000', '30.000.000', '2', '0'],
    ];
    const header = detectHeader(rows)!;
    expect(header).toMatchObject({ headerRowIndex: 0, dataStartIndex: 2 });
    expect(proposeMapping(header.labels)).toEqual(['businessName', 'ownerName', 'kecamatan', 'turnoverMonthly', 'turnoverYearly', 'workersMale', 'workersFemale']);
  });

  it('never joins a title row to the labels under it', () => {
    const rows = [
      ['DATA UMKM KECAMATAN X TAHUN 2026', '', '', ''],
      ['Nama Usaha', 'Nama Pemilik', 'Kecamatan', 'Omzet per bulan'],
      ['Toko Kelontong Berkah', 'Asep Hidayat', 'Cileunyi', '4.000.000'],
    ];
    expect(detectHeader(rows)).toEqual({ headerRowIndex: 1, dataStartIndex: 2, labels: ['Nama Usaha', 'Nama Pemilik', 'Kecamatan', 'Omzet per bulan'] });
  });

  it('does not take the first data row for sub-labels', () => {
    const rows = [['Nama Usaha', 'Pemilik', '', 'Desa'], ['Kue Basah Ceu Popon', 'Popon Rohayati', 'x', 'Cinunuk']];
    expect(detectHeader(rows)).toMatchObject({ headerRowIndex: 0, dataStartIndex: 1 });
  });

  it('skips the column-number row of government templates', () => {
    const rows = [['No', 'Nama Usaha', 'Nama Pemilik', 'Desa'], ['1', '2', '3', '4'], ['1', 'Sate Maranggi Haji Oyo', 'Oyo Suhendar', 'Cinunuk']];
    expect(detectHeader(rows)).toMatchObject({ headerRowIndex: 0, dataStartIndex: 2 });
  });

  it('finds nothing without at least two recognised labels in the first 30 rows', () => {
    expect(detectHeader([['Daftar hadir'], ['Nama', 'Tanda tangan']])).toBeNull();
    expect(detectHeader([])).toBeNull();
    const late = [...Array.from({ length: 30 }, () => ['']), ['Nama Usaha', 'Nama Pemilik']];
    expect(detectHeader(late)).toBeNull();
  });
});

describe('headerSignature', () => {
  it('is the same for cosmetic differences and trailing blank columns', () => {
    const a = headerSignature(['No', 'Nama Usaha', 'No. HP/WA']);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(headerSignature(['NO', 'nama  usaha', 'No HP / WA', '', ''])).toBe(a);
  });

  it('differs when the columns differ', () => {
    expect(headerSignature(['Nama Usaha', 'Pemilik'])).not.toBe(headerSignature(['Pemilik', 'Nama Usaha']));
    expect(headerSignature(['Nama Usaha', 'Pemilik'])).not.toBe(headerSignature(['Nama Usaha', '', 'Pemilik']));
  });
});
