import { describe, expect, it } from 'vitest';
import type { ImportColumn } from '../../api/types';
import { columnLetter, mappingOf, missingRequired, repeatedFields } from './mapping';

describe('import mapping helpers', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('lays the mapping out by column index, unmapped columns as null', () => {
    const col = (index: number, field: ImportColumn['field']): ImportColumn => ({ index, label: `c${index}`, field, samples: [] });
    expect(mappingOf([col(1, 'nik'), col(0, 'businessName'), col(3, null)])).toEqual(['businessName', 'nik', null, null]);
  });

  it('finds a field chosen for two columns', () => {
    expect([...repeatedFields(['nik', null, 'phone', 'nik'])]).toEqual([['nik', [0, 3]]]);
    expect(repeatedFields([null, 'nik', 'phone']).size).toBe(0);
  });

  it('names the required fields not chosen yet', () => {
    expect(missingRequired(['businessName', 'ownerName', 'desa'])).toEqual([]);
    expect(missingRequired(['businessName', 'ownerName', 'kecamatan'])).toEqual(['desa']);
    expect(missingRequired(['businessName', null, 'nik'])).toEqual(['ownerName', 'desa']);
  });
});
