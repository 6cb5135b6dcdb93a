import { describe, expect, it } from 'vitest';
import { digitsOnly, isNik, isOtp, isPlausiblePhone, maskPhone, nationalPhone, normaliseNik, normaliseOtp, parseYear } from './input';

describe('portal input helpers', () => {
  it('keeps the digits of a pasted NIK and stops at 16', () => {
    expect(normaliseNik('3204 0157 0879 0007')).toBe('3204015708790007');
    expect(normaliseNik('32.04.01-570879-0007-99')).toBe('3204015708790007');
    expect(isNik(normaliseNik('3204 0157 0879 0007'))).toBe(true);
    expect(isNik('320401570879000')).toBe(false);
    expect(isNik('320401570879000a')).toBe(false);
  });

  it('reduces a one-time code to six digits', () => {
    expect(normaliseOtp(' 123 456 ')).toBe('123456');
    expect(normaliseOtp('1234567')).toBe('123456');
    expect(isOtp('12345')).toBe(false);
    expect(isOtp('123456')).toBe(true);
    expect(digitsOnly('a1b2')).toBe('12');
  });

  it('writes phones in national form', () => {
    expect(nationalPhone('+62 812-3456-789')).toBe('08123456789');
    expect(nationalPhone('62812345678')).toBe('0812345678');
    expect(nationalPhone('812 3456 789')).toBe('08123456789');
    expect(nationalPhone('0812-3456-789')).toBe('08123456789');
  });

  it('accepts mobile numbers and catches obvious slips', () => {
    expect(isPlausiblePhone('0812-3456-789')).toBe(true);
    expect(isPlausiblePhone('+62 812 3456 78901')).toBe(true);
    expect(isPlausiblePhone('0812')).toBe(false);
    expect(isPlausiblePhone('022-1234567')).toBe(false);
  });

  it('masks the middle of a phone number', () => {
    expect(maskPhone('0812-3456-789')).toBe('0812••••789');
    expect(maskPhone('+6281234567890')).toBe('0812••••890');
    expect(maskPhone('081234')).toBe('08••••34');
    expect(maskPhone('')).toBe('••••');
  });

  it('reads a year or says it is not one', () => {
    expect(parseYear('')).toBeNull();
    expect(parseYear(' 2019 ')).toBe(2019);
    expect(parseYear('19')).toBeNaN();
  });
});
