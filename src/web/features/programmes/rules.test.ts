import { describe, expect, it } from 'vitest';
import { checkRules, formToRules, ruleLines, rulesToForm } from './rules';

describe('eligibility rules form', () => {
  it('an empty rule set is a blank form and back to an empty object', () => {
    const form = rulesToForm({});
    expect(form).toEqual({
      scales: [],
      sectors: [],
      requiredLicences: [],
      minBusinessAgeYears: '',
      maxBusinessAgeYears: '',
      notAttendedWithinYears: '',
      kecamatanQuota: false,
      firstTimeFirst: false,
    });
    expect(formToRules(form)).toEqual({});
    expect(rulesToForm(null)).toEqual(form);
  });

  it('round-trips every rule', () => {
    const rules = {
      scales: ['micro' as const, 'small' as const],
      sectors: ['kuliner' as const],
      requiredLicences: ['NIB' as const],
      minBusinessAgeYears: 0,
      maxBusinessAgeYears: 5,
      notAttendedWithinYears: 2,
      kecamatanQuota: true,
      firstTimeFirst: true,
    };
    expect(formToRules(rulesToForm(rules))).toEqual(rules);
  });

  it('leaves out blanks, "off" switches and duplicate choices; keeps a zero', () => {
    const form = { ...rulesToForm({}), requiredLicences: ['NIB', 'NIB'], minBusinessAgeYears: 0 as const, kecamatanQuota: false };
    expect(formToRules(form)).toEqual({ requiredLicences: ['NIB'], minBusinessAgeYears: 0 });
  });

  it('reads nulls stored in the rules JSON as "no rule"', () => {
    const stored = { minBusinessAgeYears: null, scales: null } as unknown as Parameters<typeof rulesToForm>[0];
    expect(formToRules(rulesToForm(stored))).toEqual({});
  });

  it('flags an upside-down age range', () => {
    expect(checkRules({ ...rulesToForm({}), minBusinessAgeYears: 6, maxBusinessAgeYears: 5 })).toEqual({
      'rules.maxBusinessAgeYears': 'programmes.rules.ageRangeInverted',
    });
    expect(checkRules({ ...rulesToForm({}), minBusinessAgeYears: 5, maxBusinessAgeYears: 5 })).toEqual({});
  });

  it('describes the set rules, one line each, in a fixed order', () => {
    const lines = ruleLines({ firstTimeFirst: true, requiredLicences: ['NIB'], maxBusinessAgeYears: 5 });
    expect(lines.map((l) => l.key)).toEqual(['programmes.rules.line.licences', 'programmes.rules.line.maxAge', 'programmes.rules.line.firstTimeFirst']);
    expect(lines[0]!.codes).toEqual({ kind: 'licence', values: ['NIB'] });
    expect(lines[1]!.params).toEqual({ n: 5 });
    expect(ruleLines(undefined)).toEqual([]);
  });
});
