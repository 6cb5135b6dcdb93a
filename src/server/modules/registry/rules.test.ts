import { describe, expect, it } from 'vitest';
import { checkNik, maskNik } from './nik';
import { maskPhone, normalisePhone } from './phone';
import { classifyScale, movedUp } from './scale-rules';

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

describe('phone', () => {
  it.each([
    ['0812-2345-6789', '+6281223456789'],
    ['+62 812 2345 6789', '+6281223456789'],
    ['6281223456789', '+6281223456789'],
    ['81223456789', '+6281223456789'],
    ['(022) 5891234', '+62225891234'],
  ])('normalises %s', (input, expected) => expect(normalisePhone(input)).toBe(expected));
  it.each(['0812-ABCD-999', '12345', '0812', '+1 415 555 0100 99999', ''])('refuses %s', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
  it('masks the middle', () => expect(maskPhone('+6281223456789')).toBe('+62812•••••789'));
});

describe('scale rules', () => {
  const juta = 1_000_000;
  it('PP 7/2021 classifies by annual sales when known', () => {
    expect(classifyScale('PP7_2021', { capital: 6_000 * juta, annualSales: 1_900 * juta })).toBe('micro');
    expect(classifyScale('PP7_2021', { capital: null, annualSales: 2_000 * juta })).toBe('micro');
    expect(classifyScale('PP7_2021', { capital: null, annualSales: 2_000 * juta + 1 })).toBe('small');
    expect(classifyScale('PP7_2021', { capital: null, annualSales: 15_000 * juta + 1 })).toBe('medium');
    expect(classifyScale('PP7_2021', { capital: null, annualSales: 50_000 * juta + 1 })).toBe('large');
  });
  it('falls back to capital, then to micro', () => {
    expect(classifyScale('PP7_2021', { capital: 1_000 * juta + 1, annualSales: null })).toBe('small');
    expect(classifyScale('PP7_2021', { capital: null, annualSales: null })).toBe('micro');
  });
  it('Law 20/2008 has lower bounds', () => {
    expect(classifyScale('UU20_2008', { capital: null, annualSales: 301 * juta })).toBe('small');
    expect(classifyScale('UU20_2008', { capital: 60 * juta, annualSales: null })).toBe('small');
    expect(classifyScale('PP7_2021', { capital: null, annualSales: 301 * juta })).toBe('micro');
  });
  it('refuses an unknown rule', () => expect(() => classifyScale('X', { capital: 1, annualSales: 1 })).toThrow());
  it('naik kelas is a move to a higher class only', () => {
    expect(movedUp('micro', 'small')).toBe(true);
    expect(movedUp('small', 'micro')).toBe(false);
    expect(movedUp(null, 'small')).toBe(false);
  });
});
