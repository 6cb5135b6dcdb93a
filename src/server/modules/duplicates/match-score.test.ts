import { describe, expect, it } from 'vitest';
import { type MatchRecord, NAMES_ONLY_CAP, scorePair } from './match-score';
import { DEFAULT_MIN_SCORE } from './pair-finder';

const base: MatchRecord = {
  id: 'a',
  businessName: 'Keripik Tempe Bu Euis',
  ownerName: 'Euis Rohayati',
  nik: '3204124512780003',
  phone: '+6281234567801',
  nib: null,
  kecamatanCode: '32.04.12',
  desaCode: '32.04.12.2001',
};
const other = (changes: Partial<MatchRecord>): MatchRecord => ({ ...base, id: 'b', ...changes });
const score = (changes: Partial<MatchRecord>) => scorePair(base, other(changes));

describe('scorePair', () => {
  it('scores an identical record near 1 with every agreeing reason', () => {
    const s = score({});
    expect(s.score).toBeGreaterThan(0.999);
    expect(s.reasons).toEqual(['nik_equal', 'phone_equal', 'business_name_equal', 'owner_name_equal', 'same_desa']);
  });

  it('ignores honorifics and titles on the owner and in the business name', () => {
    const s = score({ ownerName: 'Hj. Euis Rohayati, S.Pd', businessName: 'Keripik Tempe Euis', nik: null, phone: null });
    expect(s.reasons).toContain('owner_name_equal');
    expect(s.reasons).toContain('business_name_equal');
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });

  it('reads Kripik as Keripik and Tk. as Toko', () => {
    expect(score({ businessName: 'Kripik Tempe Ibu Euis' }).reasons).toContain('business_name_equal');
    const shop = { ...base, businessName: 'Toko Kelontong Berkah' };
    expect(scorePair(shop, { ...shop, id: 'b', businessName: 'Tk. Kelontong Berkah' }).reasons).toContain('business_name_equal');
  });

  it('matches swapped words in both names', () => {
    const s = score({ ownerName: 'Rohayati Euis', businessName: 'Bu Euis Keripik Tempe', nik: null, phone: null });
    expect(s.reasons).toEqual(expect.arrayContaining(['business_name_equal', 'owner_name_equal']));
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });

  it('tolerates typos, also together with swapped words', () => {
    const typo = score({ businessName: 'Keripik Tmepe Bu Euis', ownerName: 'Euis Rohayti', nik: null });
    expect(typo.reasons).toEqual(expect.arrayContaining(['business_name_similar', 'owner_name_similar']));
    expect(typo.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
    expect(score({ businessName: 'Tempe Keripik Bu Euiss', ownerName: 'Rohayati Eius', nik: null }).score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });

  it('matches a shortened owner name ("Euis R.")', () => {
    const s = score({ ownerName: 'Euis R.', nik: null });
    expect(s.reasons).toContain('owner_name_abbreviated');
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });

  it('keeps the same owner with a genuinely different business below the threshold', () => {
    const warung = { ...base, businessName: 'Warung Bu Siti', ownerName: 'Siti Nurhaliza' };
    const s = scorePair(warung, { ...warung, id: 'b', businessName: 'Konveksi Siti' });
    expect(s.reasons).toEqual(expect.arrayContaining(['nik_equal', 'phone_equal', 'owner_name_equal', 'business_name_differs']));
    expect(s.score).toBeLessThan(DEFAULT_MIN_SCORE);
    // The same product word with a different brand is a different business too.
    expect(score({ businessName: 'Keripik Singkong Bu Euis' }).score).toBeLessThan(DEFAULT_MIN_SCORE);
    expect(score({ businessName: 'Cireng Amanah' }).score).toBeLessThan(DEFAULT_MIN_SCORE);
  });

  it('treats a different NIK as two people, whatever the names say', () => {
    const s = score({ nik: '3204125108900002' });
    expect(s.reasons).toContain('nik_differs');
    expect(s.score).toBeLessThan(DEFAULT_MIN_SCORE);
  });

  it('reads a NIK with one mistyped or swapped digit as a slip, not another person', () => {
    expect(score({ nik: '3204124512780008' }).reasons).toContain('nik_similar');
    expect(score({ nik: '3204124512780030' }).score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });

  it('keeps namesakes in one desa apart ("Warung Bu Siti" twice, two Sitis, no NIK)', () => {
    const siti = { ...base, businessName: 'Warung Bu Siti', ownerName: 'Siti Rohayati', nik: null };
    const s = scorePair(siti, { ...siti, id: 'b', ownerName: 'Siti Nurjanah', phone: '+6285712345678' });
    expect(s.reasons).toEqual(expect.arrayContaining(['business_name_equal', 'owner_name_differs']));
    expect(s.score).toBeLessThan(DEFAULT_MIN_SCORE);
  });

  it('does not take a shared family phone for a duplicate', () => {
    const s = score({ ownerName: 'Asep Suherman', businessName: 'Bengkel Motor Pak Asep', nik: null });
    expect(s.reasons).toContain('phone_equal');
    expect(s.score).toBeLessThan(DEFAULT_MIN_SCORE);
  });

  it('never reaches an auto-merge score on names alone', () => {
    const s = score({ nik: null, phone: null });
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
    expect(s.score).toBeLessThanOrEqual(NAMES_ONLY_CAP);
  });

  it('compares phones and NIBs by their digits, and ignores placeholder NIKs', () => {
    expect(score({ phone: '0812-3456-7801' }).reasons).toContain('phone_equal');
    expect(score({ phone: '62 812 3456 7801' }).reasons).toContain('phone_equal');
    const nib = score({ nib: '9120001234567' });
    expect(nib.reasons).not.toContain('nib_equal'); // only one side has it
    expect(scorePair({ ...base, nib: '912 000 123 4567' }, other({ nib: '9120001234567' })).reasons).toContain('nib_equal');
    expect(scorePair({ ...base, nib: '9120001234567' }, other({ nib: '9120009999999' })).score).toBeLessThan(DEFAULT_MIN_SCORE);
    expect(scorePair({ ...base, nik: '0000000000000000' }, other({ nik: '1111111111111111' })).reasons).not.toContain('nik_differs');
  });

  it('weighs place: another desa in the kecamatan and another kecamatan count against', () => {
    const sameDesa = score({ nik: null, phone: null }).score;
    const otherDesa = score({ nik: null, phone: null, desaCode: '32.04.12.2002' });
    const otherKec = score({ nik: null, phone: null, kecamatanCode: '32.04.13', desaCode: '32.04.13.2001' });
    expect(otherDesa.reasons).toContain('same_kecamatan');
    expect(otherKec.reasons).toContain('different_kecamatan');
    expect(otherDesa.score).toBeLessThan(sameDesa);
    expect(otherKec.score).toBeLessThan(otherDesa.score);
    // With the NIK agreeing, a move to another desa is still a duplicate.
    expect(score({ desaCode: '32.04.12.2002' }).score).toBeGreaterThan(0.99);
  });

  it('is symmetric', () => {
    const b = other({ businessName: 'Kripik Tempe Euis', ownerName: 'Euis R.', nik: null });
    expect(scorePair(base, b)).toEqual(scorePair(b, base));
  });
});
