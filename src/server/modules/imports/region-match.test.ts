import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionDirectory, type RegionDirectory } from '../tenancy/regions';
import { boundedDistance, createRegionMatcher, type RegionMatcher } from './region-match';

let regions: RegionDirectory;
let bandung: RegionMatcher; // Kabupaten Bandung, 32.04
let sampang: RegionMatcher; // Kabupaten Sampang, 35.27

beforeAll(async () => {
  regions = await loadRegionDirectory();
  bandung = createRegionMatcher(regions, '32.04');
  sampang = createRegionMatcher(regions, '35.27');
});

describe('kecamatan', () => {
  it.each(['Cileunyi', 'CILEUNYI', 'Kec. Cileunyi', 'kec cileunyi', 'Kecamatan Cileunyi', ' cileunyi ', '32.04.05', '320405'])(
    'reads %j exactly',
    (text) => {
      expect(bandung.kecamatan(text)).toEqual({ status: 'ok', code: '32.04.05', name: 'Cileunyi', exact: true });
    },
  );

  it('ignores spaces and punctuation: "Kec. Karang Penang" is Karangpenang', () => {
    for (const text of ['Kec. Karang Penang', 'KARANGPENANG', 'Karang-Penang', 'kec.karang penang']) {
      expect(sampang.kecamatan(text)).toEqual({ status: 'ok', code: '35.27.14', name: 'Karangpenang', exact: true });
    }
  });

  it('reads small typos as a guess (exact: false)', () => {
    expect(bandung.kecamatan('Cileuny')).toMatchObject({ status: 'ok', code: '32.04.05', exact: false });
    expect(bandung.kecamatan('Cilenuyi')).toMatchObject({ status: 'ok', code: '32.04.05', exact: false }); // swapped letters
    expect(bandung.kecamatan('Kec. Baleendh')).toMatchObject({ status: 'ok', code: '32.04.32', exact: false });
    expect(bandung.kecamatan('Rancaekek')).toMatchObject({ status: 'ok', code: '32.04.28', exact: true });
    expect(bandung.kecamatan('Rancaekk')).toMatchObject({ status: 'ok', code: '32.04.28', exact: false });
  });

  it('allows one edit for short names, two for longer ones', () => {
    expect(bandung.kecamatan('Ibon')).toMatchObject({ status: 'ok', code: '32.04.36', exact: false }); // Ibun, 4 letters
    expect(bandung.kecamatan('Ibonn')).toEqual({ status: 'unknown' });
    expect(bandung.kecamatan('Pangalenganx')).toMatchObject({ status: 'ok', code: '32.04.15' });
    expect(bandung.kecamatan('Pangalngn')).toMatchObject({ status: 'ok', code: '32.04.15', exact: false });
    expect(bandung.kecamatan('Pngalngn')).toEqual({ status: 'unknown' });
  });

  it('calls a tie ambiguous instead of picking one', () => {
    // "Paceh" is one letter from both Pacet and Paseh.
    const match = bandung.kecamatan('Paceh');
    expect(match.status).toBe('ambiguous');
    expect(match.status === 'ambiguous' && match.candidates.map((c) => c.code).sort()).toEqual(['32.04.30', '32.04.35']);
  });

  it('knows nothing outside the regency', () => {
    expect(bandung.kecamatan('Torjun')).toEqual({ status: 'unknown' }); // in Sampang
    expect(bandung.kecamatan('35.27.02')).toEqual({ status: 'unknown' });
    expect(bandung.kecamatan('')).toEqual({ status: 'unknown' });
    expect(bandung.kecamatan('-')).toEqual({ status: 'unknown' });
    expect(bandung.kecamatan('Kec.')).toEqual({ status: 'unknown' });
  });

  it('returns the same answer for the same text (cached)', () => {
    expect(bandung.kecamatan('Cileuny')).toBe(bandung.kecamatan('Cileuny'));
  });
});

describe('desa', () => {
  it('finds a desa inside its kecamatan, with or without a prefix', () => {
    for (const text of ['Cimekar', 'Desa Cimekar', 'Ds. Cimekar', 'DS CIMEKAR', '32.04.05.2003']) {
      expect(bandung.desa(text, '32.04.05')).toEqual({ status: 'ok', code: '32.04.05.2003', name: 'Cimekar', exact: true });
    }
    expect(bandung.desa('Kel. Padasuka', '32.04.06')).toMatchObject({ status: 'ok', code: '32.04.06.1001', exact: true });
    expect(bandung.desa('Desa/Kel. Cinunuk', '32.04.05')).toMatchObject({ status: 'ok', code: '32.04.05.2004' });
  });

  it('does not find a desa of another kecamatan', () => {
    expect(bandung.desa('Cimekar', '32.04.06')).toEqual({ status: 'unknown' });
  });

  it('searches the whole regency without a kecamatan; a unique hit tells the kecamatan', () => {
    const match = bandung.desa('Cinunuk', null);
    expect(match).toEqual({ status: 'ok', code: '32.04.05.2004', name: 'Cinunuk', exact: true });
    expect(match.status === 'ok' && match.code.slice(0, 8)).toBe('32.04.05');
  });

  it('calls a name found in several kecamatan ambiguous', () => {
    // Margaasih is a desa in Kecamatan Margaasih and in Kecamatan Cicalengka.
    const match = bandung.desa('Margaasih', null);
    expect(match).toEqual({
      status: 'ambiguous',
      candidates: [
        { code: '32.04.10.2001', name: 'Margaasih' },
        { code: '32.04.25.2006', name: 'Margaasih' },
      ],
    });
    expect(bandung.desa('Margaasih', '32.04.25')).toMatchObject({ status: 'ok', code: '32.04.25.2006', exact: true });
  });

  it('guesses typos inside the kecamatan', () => {
    expect(bandung.desa('Cimekr', '32.04.05')).toMatchObject({ status: 'ok', code: '32.04.05.2003', exact: false });
    expect(sampang.desa('Karang Penang Onjor', '35.27.14')).toMatchObject({ status: 'ok', code: '35.27.14.2006', exact: false });
  });

  it('looks up a real village named like a prefix by its full name first', () => {
    // "Desa Baru" is an official village name in Kabupaten Merangin (15.03); it must not become "Baru".
    const merangin = createRegionMatcher(regions, '15.03');
    expect(merangin.desa('Desa Baru', '15.03.07')).toMatchObject({ status: 'ok', code: '15.03.07.2003', exact: true });
  });

  it('refuses a kecamatan outside the regency', () => {
    expect(bandung.desa('Torjun', '35.27.02')).toEqual({ status: 'unknown' });
  });
});

describe('boundedDistance', () => {
  it('counts edits and adjacent swaps, and stops past the limit', () => {
    expect(boundedDistance('cileunyi', 'cileunyi', 2)).toBe(0);
    expect(boundedDistance('cilenuyi', 'cileunyi', 2)).toBe(1);
    expect(boundedDistance('cileuny', 'cileunyi', 2)).toBe(1);
    expect(boundedDistance('soreang', 'sreang', 2)).toBe(1);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
