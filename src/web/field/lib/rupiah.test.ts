import { describe, expect, it } from 'vitest';
import { caretAfterDigits, countDigits, groupDigits, parseCount, parseRupiah, rupiahDigits } from './rupiah';

describe('rupiah input', () => {
  it('keeps the digits of what was typed or pasted', () => {
    expect(rupiahDigits('1.500.000', 'id')).toBe('1500000');
    expect(rupiahDigits('Rp 2 500 000', 'id')).toBe('2500000');
    expect(rupiahDigits('1,500,000', 'en')).toBe('1500000');
    expect(rupiahDigits('abc', 'id')).toBe('');
    expect(rupiahDigits('', 'id')).toBe('');
  });

  it('drops a pasted decimal part instead of multiplying by a hundred', () => {
    expect(rupiahDigits('Rp 1.500.000,00', 'id')).toBe('1500000');
    expect(rupiahDigits('1,500,000.00', 'en')).toBe('1500000');
    // In Bahasa Indonesia "1.500" is fifteen hundred, not one and a half.
    expect(rupiahDigits('1.500', 'id')).toBe('1500');
  });

  it('drops leading zeros but keeps a lone zero, and caps at 13 digits', () => {
    expect(rupiahDigits('000250', 'id')).toBe('250');
    expect(rupiahDigits('0', 'id')).toBe('0');
    expect(rupiahDigits('12345678901234567', 'id')).toBe('1234567890123');
  });

  it('parses digits to integer rupiah or null', () => {
    expect(parseRupiah('')).toBeNull();
    expect(parseRupiah('0')).toBe(0);
    expect(parseRupiah('1500000')).toBe(1_500_000);
  });

  it('groups thousands in the language style', () => {
    expect(groupDigits('1500000', 'id')).toBe('1.500.000');
    expect(groupDigits('1500000', 'en')).toBe('1,500,000');
    expect(groupDigits('999', 'id')).toBe('999');
    expect(groupDigits('', 'id')).toBe('');
  });

  it('puts the caret back after the same digit', () => {
    expect(caretAfterDigits('1.500.000', 0)).toBe(0);
    expect(caretAfterDigits('1.500.000', 1)).toBe(1);
    expect(caretAfterDigits('1.500.000', 2)).toBe(3);
    expect(caretAfterDigits('1.500.000', 7)).toBe(9);
    expect(caretAfterDigits('1.500', 9)).toBe(5);
  });

  it('reads head counts as whole numbers', () => {
    expect(countDigits(' 12 ')).toBe('12');
    expect(countDigits('-3')).toBe('3');
    expect(countDigits('007')).toBe('7');
    expect(parseCount('')).toBeNull();
    expect(parseCount('0')).toBe(0);
  });
});
