import { describe, expect, it } from 'vitest';
import { auditActor, membershipIn, type Actor } from './actor';
import { maskPhone, normalisePhone } from './phone';
import { DESA_CODE_PATTERN, desaCodeSchema, kecamatanCodeSchema, kodeWilayahSchema } from './region-code';
import { classifyScale, movedUp } from './scale-rules';

const siti: Actor = {
  userId: '0190f3a2-7c1e-7b40-9d2e-5a6b7c8d9e01', username: 'siti.rahayu', displayName: 'Siti Rahayu',
  isSuperadmin: false, locale: 'id',
  memberships: [{ kodeWilayah: '32.04', tenantName: 'Kabupaten Bandung', isDemo: false, role: 'officer', kecamatanCodes: [], ownerId: null }],
};

describe('actor', () => {
  it('finds the membership of a regency, and none elsewhere', () => {
    expect(membershipIn(siti, '32.04')?.role).toBe('officer');
    expect(membershipIn(siti, '35.27')).toBeUndefined();
  });
  it('is recorded in the audit trail by id and display name', () => {
    expect(auditActor(siti)).toEqual({ userId: siti.userId, name: 'Siti Rahayu' });
  });
});

describe('region codes', () => {
  it('accepts the codes of Kabupaten Bandung, Kecamatan Margaasih and Desa Margaasih', () => {
    expect(kodeWilayahSchema.safeParse('32.04').success).toBe(true);
    expect(kecamatanCodeSchema.safeParse('32.04.10').success).toBe(true);
    expect(desaCodeSchema.safeParse('32.04.10.2001').success).toBe(true);
  });
  it.each(['3204', '32.4', '32.04.10', ' 32.04', '32.04 ', 'ab.cd', ''])('refuses %j as a regency code', (code) => {
    expect(kodeWilayahSchema.safeParse(code).success).toBe(false);
  });
  it('does not take one level for another', () => {
    expect(kecamatanCodeSchema.safeParse('32.04').success).toBe(false);
    expect(kecamatanCodeSchema.safeParse('32.04.10.2001').success).toBe(false);
    expect(DESA_CODE_PATTERN.test('32.04.10')).toBe(false);
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
