import { describe, expect, it } from 'vitest';
import { checkEligibility, rankCandidates, type CandidateFacts, type EligibilityReason, type EligibilityResult, type ScreeningContext } from './eligibility';
import { ELIGIBILITY_MESSAGES, eligibilityMessageResources } from './eligibility.messages';
import type { EligibilityRules } from './programme.table';

const CANDIDATE: CandidateFacts = {
  businessId: 'b-1', scale: 'micro', sector: 'kuliner', kecamatanCode: '32.04.05', startYear: 2022,
  licenceKinds: ['NIB', 'PIRT'], history: [], appliedAt: '2026-02-01T08:00:00+07:00',
};
const CONTEXT: ScreeningContext = { rules: {}, targets: { '32.04.05': 10 }, acceptedPerKecamatan: { '32.04.05': 3 }, currentYear: 2026 };

// Every reason any test produced, so the message-table checks at the end cover real outputs only.
const produced: EligibilityReason[] = [];
const check = (candidate: Partial<CandidateFacts>, rules: EligibilityRules, context: Partial<ScreeningContext> = {}) => {
  const result = checkEligibility({ ...CANDIDATE, ...candidate }, { ...CONTEXT, ...context, rules });
  produced.push(...result.reasons);
  return result;
};
const reasonOf = (result: EligibilityResult, rule: EligibilityReason['rule']) => result.reasons.find((r) => r.rule === rule);

describe('checkEligibility', () => {
  it('with no rules is eligible and gives only the first_time reason', () => {
    const result = check({}, {});
    expect(result).toEqual({ eligible: true, firstTime: true, reasons: [{ rule: 'first_time', ok: true, messageKey: 'programmes.eligibility.first_time.first', params: {} }] });
  });

  it('treats empty lists and null fields (from JSONB) as no rule', () => {
    const rules = { scales: [], sectors: [], requiredLicences: [], minBusinessAgeYears: null, notAttendedWithinYears: null, kecamatanQuota: false } as unknown as EligibilityRules;
    expect(check({ startYear: null }, rules).reasons.map((r) => r.rule)).toEqual(['first_time']);
  });

  it('checks the scale', () => {
    expect(reasonOf(check({}, { scales: ['micro', 'small'] }), 'scale')).toEqual({ rule: 'scale', ok: true, messageKey: 'programmes.eligibility.scale.ok', params: { value: 'micro', allowed: 'micro, small' } });
    const result = check({ scale: 'medium' }, { scales: ['micro', 'small'] });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'scale')).toEqual({ rule: 'scale', ok: false, messageKey: 'programmes.eligibility.scale.fail', params: { value: 'medium', allowed: 'micro, small' } });
  });

  it('checks the sector', () => {
    expect(reasonOf(check({}, { sectors: ['kuliner'] }), 'sector')?.ok).toBe(true);
    const result = check({ sector: 'fashion' }, { sectors: ['kuliner', 'kriya'] });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'sector')).toMatchObject({ ok: false, messageKey: 'programmes.eligibility.sector.fail', params: { value: 'fashion', allowed: 'kuliner, kriya' } });
  });

  it('requires every listed licence and names the missing ones', () => {
    expect(reasonOf(check({}, { requiredLicences: ['NIB', 'PIRT'] }), 'licence')).toMatchObject({ ok: true, messageKey: 'programmes.eligibility.licence.ok', params: { required: 'NIB, PIRT' } });
    const result = check({ licenceKinds: ['PIRT'] }, { requiredLicences: ['NIB', 'PIRT', 'HALAL', 'NIB'] });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'licence')).toMatchObject({ ok: false, messageKey: 'programmes.eligibility.licence.fail', params: { missing: 'NIB, HALAL', required: 'NIB, PIRT, HALAL' } });
  });

  it('checks the minimum business age, allowing exactly the minimum', () => {
    expect(reasonOf(check({ startYear: 2023 }, { minBusinessAgeYears: 3 }), 'min_age')).toMatchObject({ ok: true, messageKey: 'programmes.eligibility.min_age.ok', params: { age: 3, min: 3 } });
    const result = check({ startYear: 2024 }, { minBusinessAgeYears: 3 });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'min_age')).toMatchObject({ ok: false, messageKey: 'programmes.eligibility.min_age.fail', params: { age: 2, min: 3 } });
  });

  it('checks the maximum business age, allowing exactly the maximum', () => {
    expect(reasonOf(check({ startYear: 2021 }, { maxBusinessAgeYears: 5 }), 'max_age')).toMatchObject({ ok: true, messageKey: 'programmes.eligibility.max_age.ok', params: { age: 5, max: 5 } });
    const result = check({ startYear: 2020 }, { maxBusinessAgeYears: 5 });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'max_age')).toMatchObject({ ok: false, messageKey: 'programmes.eligibility.max_age.fail', params: { age: 6, max: 5 } });
  });

  it('fails age rules with a distinct key when the start year is unknown', () => {
    const result = check({ startYear: null }, { minBusinessAgeYears: 0, maxBusinessAgeYears: 5 });
    expect(result.eligible).toBe(false);
    expect(result.reasons.filter((r) => r.rule !== 'first_time')).toEqual([
      { rule: 'min_age', ok: false, messageKey: 'programmes.eligibility.min_age.unknown', params: { min: 0 } },
      { rule: 'max_age', ok: false, messageKey: 'programmes.eligibility.max_age.unknown', params: { max: 5 } },
    ]);
  });

  it('refuses recent attendance but allows attendance exactly N years ago', () => {
    const rules = { notAttendedWithinYears: 3 };
    expect(reasonOf(check({ history: [{ programmeId: 'p-0', year: 2023, status: 'completed' }] }, rules), 'recent_attendance'))
      .toEqual({ rule: 'recent_attendance', ok: true, messageKey: 'programmes.eligibility.recent_attendance.ok', params: { years: 3 } });
    const result = check({ history: [{ programmeId: 'p-1', year: 2024, status: 'completed' }, { programmeId: 'p-2', year: 2025, status: 'accepted' }] }, rules);
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'recent_attendance')).toMatchObject({ ok: false, messageKey: 'programmes.eligibility.recent_attendance.fail', params: { year: 2025, years: 3 } });
  });

  it('does not count applications that were not taken up as attendance', () => {
    const history = (['applied', 'rejected', 'withdrawn', 'waitlisted', 'not_completed'] as const).map((status, i) => ({ programmeId: `p-${i}`, year: 2025, status }));
    const result = check({ history }, { notAttendedWithinYears: 3 });
    expect(result).toMatchObject({ eligible: true, firstTime: true });
    expect(reasonOf(result, 'recent_attendance')?.ok).toBe(true);
    expect(reasonOf(result, 'first_time')?.messageKey).toBe('programmes.eligibility.first_time.first');
  });

  it('applies the kecamatan quota only when asked', () => {
    expect(reasonOf(check({}, { kecamatanQuota: true }), 'kecamatan_quota'))
      .toEqual({ rule: 'kecamatan_quota', ok: true, messageKey: 'programmes.eligibility.kecamatan_quota.ok', params: { kecamatan: '32.04.05', accepted: 3, target: 10 } });
    expect(reasonOf(check({}, { kecamatanQuota: true }, { acceptedPerKecamatan: {} }), 'kecamatan_quota')?.params).toMatchObject({ accepted: 0, target: 10 });
    expect(reasonOf(check({}, {}, { acceptedPerKecamatan: { '32.04.05': 99 } }), 'kecamatan_quota')).toBeUndefined();
  });

  it('fails the quota when exactly full', () => {
    const result = check({}, { kecamatanQuota: true }, { acceptedPerKecamatan: { '32.04.05': 10 } });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'kecamatan_quota')).toMatchObject({ ok: false, messageKey: 'programmes.eligibility.kecamatan_quota.fail', params: { accepted: 10, target: 10 } });
    expect(reasonOf(check({}, { kecamatanQuota: true }, { acceptedPerKecamatan: { '32.04.05': 9 } }), 'kecamatan_quota')?.ok).toBe(true);
  });

  it('fails the quota for a kecamatan without a target (missing or 0)', () => {
    for (const targets of [{}, { '32.04.05': 0 }] as Record<string, number>[]) {
      const result = check({}, { kecamatanQuota: true }, { targets });
      expect(result.eligible).toBe(false);
      expect(reasonOf(result, 'kecamatan_quota')).toEqual({ rule: 'kecamatan_quota', ok: false, messageKey: 'programmes.eligibility.kecamatan_quota.no_target', params: { kecamatan: '32.04.05' } });
    }
  });

  it('marks repeat participants without making them ineligible', () => {
    const result = check({ history: [{ programmeId: 'p-1', year: 2019, status: 'completed' }, { programmeId: 'p-2', year: 2021, status: 'accepted' }] }, {});
    expect(result).toEqual({ eligible: true, firstTime: false, reasons: [{ rule: 'first_time', ok: true, messageKey: 'programmes.eligibility.first_time.repeat', params: { year: 2021 } }] });
  });

  it('combines rules: reasons in rule order, ineligible if any fails', () => {
    const rules: EligibilityRules = { scales: ['micro'], sectors: ['kuliner'], requiredLicences: ['NIB'], minBusinessAgeYears: 1, maxBusinessAgeYears: 5, notAttendedWithinYears: 2, kecamatanQuota: true };
    const ok = check({}, rules);
    expect(ok.eligible).toBe(true);
    expect(ok.reasons.map((r) => `${r.rule}:${r.ok}`)).toEqual(['scale:true', 'sector:true', 'licence:true', 'min_age:true', 'max_age:true', 'recent_attendance:true', 'kecamatan_quota:true', 'first_time:true']);
    const bad = check({ scale: 'small', licenceKinds: [], history: [{ programmeId: 'p-1', year: 2025, status: 'completed' }] }, rules);
    expect(bad).toMatchObject({ eligible: false, firstTime: false });
    expect(bad.reasons.filter((r) => !r.ok).map((r) => r.rule)).toEqual(['scale', 'licence', 'recent_attendance']);
  });
});

describe('rankCandidates', () => {
  const item = (name: string, eligible: boolean, firstTime: boolean, appliedAt: string) => ({ name, appliedAt, result: { eligible, firstTime, reasons: [] } });
  const names = (items: { name: string }[]) => items.map((i) => i.name);
  const items = [
    item('late-first', true, true, '2026-02-03T08:00:00Z'),
    item('ineligible-early', false, true, '2026-01-01T08:00:00Z'),
    item('early-repeat', true, false, '2026-02-01T08:00:00Z'),
    item('mid-first', true, true, '2026-02-02T08:00:00Z'),
  ];

  it('puts eligible first, then earliest applied, ignoring first-time when not asked', () => {
    expect(names(rankCandidates(items, {}))).toEqual(['early-repeat', 'mid-first', 'late-first', 'ineligible-early']);
  });

  it('puts first-time before repeat when rules.firstTimeFirst', () => {
    expect(names(rankCandidates(items, { firstTimeFirst: true }))).toEqual(['mid-first', 'late-first', 'early-repeat', 'ineligible-early']);
  });

  it('compares instants, not strings, across time-zone offsets', () => {
    // 09:00 in Bandung (+07:00) is 02:00Z, an hour before b, although its text sorts after b's.
    const ranked = rankCandidates([item('b', true, true, '2026-02-01T03:00:00Z'), item('a', true, true, '2026-02-01T09:00:00+07:00')], {});
    expect(names(ranked)).toEqual(['a', 'b']);
  });

  it('is stable for ties and does not change its input', () => {
    const tied = [item('x', true, true, '2026-02-01T08:00:00Z'), item('y', true, false, '2026-02-01T08:00:00Z'), item('z', true, true, '2026-02-01T08:00:00Z')];
    expect(names(rankCandidates(tied, {}))).toEqual(['x', 'y', 'z']);
    expect(names(rankCandidates(tied, { firstTimeFirst: true }))).toEqual(['x', 'z', 'y']);
    expect(names(tied)).toEqual(['x', 'y', 'z']);
  });

  it('sorts unreadable timestamps last, keeping their order', () => {
    const ranked = rankCandidates([item('bad1', true, true, 'kemarin'), item('ok', true, true, '2026-03-01T00:00:00Z'), item('bad2', true, true, '')], {});
    expect(names(ranked)).toEqual(['ok', 'bad1', 'bad2']);
  });
});

// Runs after the suites above (vitest keeps file order), so `produced` holds every reason they saw.
describe('eligibility messages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
  const lookup = (resources: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);

  it('has every produced key in both languages, with placeholders among the params', () => {
    expect(produced.length).toBeGreaterThan(0);
    for (const lang of ['id', 'en'] as const) {
      const resources = eligibilityMessageResources(lang);
      for (const r of produced) {
        const text = lookup(resources, r.messageKey);
        expect(typeof text, `${lang} ${r.messageKey}`).toBe('string');
        for (const name of placeholders(text as string)) expect(Object.keys(r.params), `${lang} ${r.messageKey} {{${name}}}`).toContain(name);
      }
    }
  });

  it('has no message that the tests never produced (no dead or untested variants)', () => {
    expect(Object.keys(ELIGIBILITY_MESSAGES).sort()).toEqual([...new Set(produced.map((r) => r.messageKey))].sort());
  });

  it('gives non-empty texts that differ between languages', () => {
    for (const [key, m] of Object.entries(ELIGIBILITY_MESSAGES)) {
      expect(m.id.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      expect(m.id, key).not.toBe(m.en);
    }
  });
});
