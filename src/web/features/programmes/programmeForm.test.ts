import { describe, expect, it } from 'vitest';
import type { ProgrammeView } from '../../api/types';
import {
  checkOffsets,
  checkProgramme,
  cleanTargets,
  emptyProgramme,
  formPathOf,
  formToInput,
  formToOffsets,
  programmeToForm,
  targetTotal,
} from './programmeForm';
import { differingFieldPaths, mergeThreeWay } from '../../lib/formMerge';

const view: ProgrammeView = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 3,
  title: 'Pelatihan Pemasaran Digital 2026',
  kind: 'training',
  topic: 'digital_marketing',
  description: null,
  year: 2026,
  budgetCode: '2.17.03.1.01',
  budgetAmount: 75_000_000,
  factor: 'market',
  element: 'empowering',
  partners: null,
  targets: { '32.04.01': 10, '32.04.02': 15 },
  rules: { requiredLicences: ['NIB'] },
  completionMinPercent: 80,
  followupOffsetsMonths: [1, 3, 6, 12],
  status: 'open',
  createdAt: '2026-01-05T02:00:00.000Z',
  batches: [],
  realised: 0,
  canEdit: true,
};

describe('programme form values', () => {
  it('a stored programme comes back unchanged', () => {
    const { id: _id, version: _v, createdAt: _c, batches: _b, realised: _r, canEdit: _e, ...input } = view;
    expect(formToInput(programmeToForm(view))).toEqual(input);
  });

  it('blank texts become null, blank amounts null, targets only when positive', () => {
    const v = { ...emptyProgramme(2026), title: '  Pelatihan  ', budgetCode: ' ', targets: { '32.04.01': 0, '32.04.02': 12, '32.04.03': '' as const } };
    const input = formToInput(v);
    expect(input.title).toBe('Pelatihan');
    expect(input.budgetCode).toBeNull();
    expect(input.budgetAmount).toBeNull();
    expect(input.targets).toEqual({ '32.04.02': 12 });
    expect(input.completionMinPercent).toBe(75);
    expect(input.status).toBe('draft');
    expect(input.rules).toEqual({});
  });

  it('sums the targets', () => {
    expect(targetTotal({ a: 3, b: '', c: 4.4 })).toBe(7);
    expect(cleanTargets({ a: -1 })).toEqual({});
  });

  it('checks the title, the year and the completion percentage', () => {
    expect(checkProgramme({ ...emptyProgramme(2026), title: 'ab', completionMinPercent: 0, year: '' })).toEqual({
      title: 'programmes.form.titleTooShort',
      year: 'validation.required',
      completionMinPercent: 'programmes.form.percentRange',
    });
    expect(checkProgramme({ ...emptyProgramme(2026), title: 'Pelatihan' })).toEqual({});
  });

  it('keeps the follow-up plan as distinct ascending months, default 1, 3, 6, 12', () => {
    expect(emptyProgramme(2026).followupOffsetsMonths).toEqual(['1', '3', '6', '12']);
    expect(formToInput(emptyProgramme(2026)).followupOffsetsMonths).toEqual([1, 3, 6, 12]);
    expect(formToOffsets(['12', ' 3', '1', '3'])).toEqual([1, 3, 12]);
    expect(checkOffsets(['1', '6'])).toBeNull();
    expect(checkOffsets([])).toBe('programmes.form.offsetsRequired');
    expect(checkOffsets(['0'])).toBe('programmes.form.offsetsRange');
    expect(checkOffsets(['61'])).toBe('programmes.form.offsetsRange');
    expect(checkOffsets(['1.5'])).toBe('programmes.form.offsetsRange');
    expect(checkOffsets(['1', '2', '3', '4', '5', '6', '7', '8', '9'])).toBe('programmes.form.offsetsTooMany');
    expect(checkProgramme({ ...emptyProgramme(2026), title: 'Pelatihan', followupOffsetsMonths: [] })).toEqual({ followupOffsetsMonths: 'programmes.form.offsetsRequired' });
    expect(formPathOf('followupOffsetsMonths.2')).toBe('followupOffsetsMonths');
  });

  it('places server errors of a kecamatan target on the targets block', () => {
    expect(formPathOf('targets.32.04.01')).toBe('targets');
    expect(formPathOf('rules.minBusinessAgeYears')).toBe('rules.minBusinessAgeYears');
  });
});

describe('programme form after a version conflict', () => {
  it('keeps what the user changed and takes the rest from the latest version', () => {
    const old = programmeToForm(view);
    const user = { ...old, title: 'Pelatihan Pemasaran Digital Angkatan II', rules: { ...old.rules, firstTimeFirst: true } };
    const latest = { ...old, budgetAmount: 80_000_000, title: 'Judul baru dari rekan', rules: { ...old.rules, maxBusinessAgeYears: 5 as const } };
    const merged = mergeThreeWay(user, old, latest, 'rules');
    expect(merged.title).toBe('Pelatihan Pemasaran Digital Angkatan II');
    expect(merged.budgetAmount).toBe(80_000_000);
    expect(merged.rules).toEqual({ ...old.rules, firstTimeFirst: true, maxBusinessAgeYears: 5 });
    expect(differingFieldPaths(old, latest, 'rules')).toEqual(['title', 'budgetAmount', 'rules.maxBusinessAgeYears']);
  });
});
