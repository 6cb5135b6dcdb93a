import { describe, expect, it } from 'vitest';
import { checkNik, maskNik } from './nik';

const regions = { nikRegionExists: (six: string) => ['320405', '352701'].includes(six) };
const today = new Date('2026-11-23T00:00:00Z');

describe('NIK', () => {
  it('reads a man born in 1979', () => {
    expect(checkNik('3204051708790007', regions, today)).toEqual({
      ok: true,
      facts: { regionDigits: '320405', birthDate: '1979-08-17', gender: 'L' },
    });
  });
  it('reads a woman (day + 40) born after 2000', () => {
    expect(checkNik('3527015703050001', regions, today)).toEqual({
      ok: true,
      facts: { regionDigits: '352701', birthDate: '2005-03-17', gender: 'P' },
    });
  });
  it('reads a two-digit year as the most recent past year', () => {
    const facts = (nik: string) => (checkNik(nik, regions, today) as { facts: { birthDate: string } }).facts.birthDate;
    expect(facts('3204050101260001')).toBe('2026-01-01');
    expect(facts('3204050101270001')).toBe('1927-01-01');
  });
  it.each([
    ['320405170879000', 'format'],
    ['32040517087900071', 'format'],
    ['32040517O8790007', 'format'],
    ['3204991708790007', 'region'],
    ['3204053102790007', 'birth_date'], // 31 February
    ['3204057202790007', 'birth_date'], // woman, 32 February
    ['3204050013790007', 'birth_date'], // month 13
    ['3204053508790007', 'birth_date'], // day 35: neither a man's nor a woman's day
    ['3204050112260007', 'birth_date'], // 1 December 2026: in the future
    ['3204051708790000', 'serial'],
  ])('refuses %s (%s)', (nik, reason) => {
    expect(checkNik(nik, regions, today)).toEqual({ ok: false, reason });
  });
  it('masks all but the region digits and the last two', () => {
    expect(maskNik('3204051708790007')).toBe('320405••••••••07');
    expect(maskNik(null)).toBeNull();
  });
});
