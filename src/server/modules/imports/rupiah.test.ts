import { describe, expect, it } from 'vitest';
import { parseRupiah } from './rupiah';

describe('parseRupiah', () => {
  it.each([
    ['Rp 1.500.000', 1_500_000],
    ['Rp1.500.000,00', 1_500_000],
    ['Rp. 1.500.000,-', 1_500_000],
    ['IDR 2.750.000', 2_750_000],
    ['1500000', 1_500_000],
    ['1,500,000', 1_500_000],
    ['1.500.000', 1_500_000],
    ['1,500,000.50', 1_500_001],
    ['1.500.000,49', 1_500_000],
    ['1.500', 1_500],
    ['150,000', 150_000],
    ['1500000.0', 1_500_000], // how a number cell can come out of Excel
    ['1,5 jt', 1_500_000],
    ['1.5 juta', 1_500_000],
    ['1,5jt', 1_500_000],
    ['2 jt.', 2_000_000],
    ['0,75 juta', 750_000],
    ['500rb', 500_000],
    ['500 ribu', 500_000],
    ['500k', 500_000],
    ['2 M', 2_000_000_000],
    ['2 miliar', 2_000_000_000],
    ['2 milyar', 2_000_000_000],
    ['1,25 M', 1_250_000_000],
    ['± 3 jt', 3_000_000],
    ['kurang lebih 3 juta', 3_000_000],
    ['0', 0],
    ['  750000  ', 750_000],
  ])('reads %j as %d', (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '-', '—', 'n/a', 'N/A', 'tidak ada', 'Tidak Ada', '#N/A', 'Rp -', 'Rp. -'])('reads %j as no value', (text) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['1,5', 'a fraction without a unit: 1½ rupiah or 1,500?'],
    ['1.5', 'the same with a dot'],
    ['150,5', 'also ambiguous'],
    ['1.500 jt', '1.5 or 1,500 million'],
    ['-500000', 'negative'],
    ['(500.000)', 'accounting negative'],
    ['7.5e6', 'scientific notation'],
    ['1-2 jt', 'a range'],
    ['2 dolar', 'unknown unit'],
    ['lima juta', 'words'],
    ['1.50.000', 'broken grouping'],
    ['1.500,000', 'mixed separators in the wrong places'],
    ['2.000.000 T', 'over 10^15'],
    ['9999999999999999', 'over 10^15'],
  ])('refuses %j (%s)', (text) => {
    expect(parseRupiah(text)).toEqual({ ok: false });
  });

  it('returns integers', () => {
    expect(parseRupiah('1,33 M')).toEqual({ ok: true, value: 1_330_000_000 });
    expect(parseRupiah('0,0000015 jt')).toEqual({ ok: true, value: 2 }); // 1.5 rupiah, rounded
  });
});
