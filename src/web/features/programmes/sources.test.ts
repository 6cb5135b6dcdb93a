import { describe, expect, it } from 'vitest';
import { emptySourceForm, missingSourceFields, SOURCE_REQUIRED, sourceDetailText, sourceFieldsOf, toSourceDetail } from './sources';
import { SOURCES } from './options';

describe('nomination sources', () => {
  it('knows what each source needs', () => {
    const blank = emptySourceForm(2026);
    expect(missingSourceFields('epokir', blank)).toEqual(['councilMember']);
    expect(missingSourceFields('agency', blank)).toEqual(['agency']);
    expect(missingSourceFields('topdown', blank)).toEqual(['occasion']);
    expect(missingSourceFields('musrenbang', blank)).toEqual(['desaCode']);
    expect(missingSourceFields('musrenbang', { ...blank, year: '' })).toEqual(['year', 'desaCode']);
    expect(missingSourceFields('self', blank)).toEqual([]);
    expect(missingSourceFields('assistant', blank)).toEqual([]);
    expect(missingSourceFields('epokir', { ...blank, councilMember: '   ' })).toEqual(['councilMember']);
    for (const source of SOURCES) expect(SOURCE_REQUIRED[source]).toBeDefined();
  });

  it('sends only the fields of the chosen source', () => {
    const v = { ...emptySourceForm(2025), councilMember: ' H. Asep Suryana ', agency: 'Dinas Pertanian', desaCode: '32.04.01.2001', note: '' };
    expect(toSourceDetail('epokir', v)).toEqual({ councilMember: 'H. Asep Suryana' });
    expect(toSourceDetail('musrenbang', v)).toEqual({ year: 2025, desaCode: '32.04.01.2001' });
    expect(toSourceDetail('self', { ...v, note: 'Daftar di kantor' })).toEqual({ note: 'Daftar di kantor' });
    expect(sourceFieldsOf('agency')).toEqual(['agency', 'note']);
  });

  it('describes the source in a few words', () => {
    expect(sourceDetailText('epokir', { councilMember: 'H. Asep Suryana' })).toBe('H. Asep Suryana');
    expect(sourceDetailText('musrenbang', { year: 2025, desaCode: '32.04.01.2001' }, () => 'Sukamaju')).toBe('2025 · Sukamaju');
    expect(sourceDetailText('musrenbang', { year: 2025, desaCode: '32.04.01.2001' })).toBe('2025 · 32.04.01.2001');
    expect(sourceDetailText('self', {})).toBeNull();
    expect(sourceDetailText('assistant', { note: 'Binaan PLUT' })).toBe('Binaan PLUT');
  });
});
