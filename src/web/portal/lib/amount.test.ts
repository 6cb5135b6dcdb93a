import { describe, expect, it } from 'vitest';
import { caretAfterDigits, formatRupiah, groupDigits, parseWhole, wholeDigits } from './amount';

describe('amounts as owners type them', () => {
  it('keeps digits only, drops leading zeros and stops at the limit', () => {
    expect(wholeDigits('Rp 1.500.000', 12)).toBe('1500000');
    expect(wholeDigits('007', 12)).toBe('7');
    expect(wholeDigits('0', 12)).toBe('0');
    expect(wholeDigits('000', 12)).toBe('0');
    expect(wholeDigits('-5', 12)).toBe('5');
    expect(wholeDigits('1234567', 5)).toBe('12345');
    expect(wholeDigits('', 5)).toBe('');
  });

  it('groups by thousands per language', () => {
    expect(groupDigits('1500000', 'id')).toBe('1.500.000');
    expect(groupDigits('1500000', 'en')).toBe('1,500,000');
    expect(groupDigits('999', 'id')).toBe('999');
    expect(groupDigits('1000', 'id')).toBe('1.000');
    expect(groupDigits('', 'id')).toBe('');
    expect(groupDigits('999999999999', 'id')).toBe('999.999.999.999');
  });

  it('writes rupiah the Indonesian way', () => {
    expect(formatRupiah(8_000_000, 'id')).toBe('Rp8.000.000');
    expect(formatRupiah(8_000_000, 'en')).toBe('Rp8,000,000');
    expect(formatRupiah(0, 'id')).toBe('Rp0');
    expect(formatRupiah(-2500, 'id')).toBe('-Rp2.500');
  });

  it('reads an empty box as unknown, not zero', () => {
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('0')).toBe(0);
    expect(parseWhole('120000000')).toBe(120_000_000);
  });

  it('keeps the caret after the same digit when the text is regrouped', () => {
    // After the 4th digit of "1.500.000" is just before the second dot.
    expect(caretAfterDigits('1.500.000', 4)).toBe(5);
    expect(caretAfterDigits('1.500.000', 1)).toBe(1);
    expect(caretAfterDigits('1.500.000', 7)).toBe(9);
    expect(caretAfterDigits('1.500.000', 0)).toBe(0);
    expect(caretAfterDigits('15', 9)).toBe(2);
  });
});
