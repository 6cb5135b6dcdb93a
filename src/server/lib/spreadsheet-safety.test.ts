import { describe, it, expect } from 'vitest';
import { neutraliseCell, safeCellValue } from './spreadsheet-safety';

describe('neutraliseCell', () => {
  it.each(['=SUM(A1:A2)', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0"])(
    'prefixes a quote to %j',
    (input) => {
      expect(neutraliseCell(input)).toBe(`'${input}`);
    },
  );

  it.each(['Cibiru', 'Kec. Soreang', '', ' =1+1', "'already quoted", '1.234', 'a=b'])(
    'leaves %j unchanged',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );
});

describe('safeCellValue', () => {
  it('keeps numbers as numbers, including negatives and zero', () => {
    expect(safeCellValue(32271)).toBe(32271);
    expect(safeCellValue(-5)).toBe(-5);
    expect(safeCellValue(0)).toBe(0);
  });

  it('neutralises strings', () => {
    expect(safeCellValue('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCellValue('Baleendah')).toBe('Baleendah');
  });

  it('turns null and undefined into an empty cell', () => {
    expect(safeCellValue(null)).toBeNull();
    expect(safeCellValue(undefined)).toBeNull();
  });
});
