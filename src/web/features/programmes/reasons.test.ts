import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_MESSAGES } from '../../../server/modules/programmes/eligibility.messages';
import type { EligibilityReason } from '../../api/types';
import { RESOURCES } from '../../i18n/resources';
import { labelList, orderReasons, reasonParams, reasonTone } from './reasons';

const labels = {
  scale: (c: string) => ({ micro: 'Mikro', small: 'Kecil' })[c] ?? c,
  sector: (c: string) => ({ kuliner: 'Kuliner' })[c] ?? c,
  licence: (c: string) => (c === 'HALAL' ? 'Sertifikat halal' : c),
  kecamatan: (c: string) => (c === '32.04.01' ? 'Ciwidey' : c),
};
const r = (rule: string, ok: boolean, params: Record<string, string | number> = {}): EligibilityReason => ({
  rule,
  ok,
  messageKey: `programmes.eligibility.${rule}.${ok ? 'ok' : 'fail'}`,
  params,
});

const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], tree);

describe('eligibility reason chips', () => {
  it('labels the codes a reason carries', () => {
    expect(reasonParams(r('scale', false, { value: 'small', allowed: 'micro' }), labels)).toEqual({ value: 'Kecil', allowed: 'Mikro' });
    expect(reasonParams(r('licence', false, { missing: 'NIB, HALAL', required: 'NIB, HALAL' }), labels)).toEqual({
      missing: 'NIB, Sertifikat halal',
      required: 'NIB, Sertifikat halal',
    });
    expect(reasonParams(r('kecamatan_quota', true, { kecamatan: '32.04.01', accepted: 2, target: 10 }), labels)).toEqual({
      kecamatan: 'Ciwidey',
      accepted: 2,
      target: 10,
    });
    expect(reasonParams(r('recent_attendance', false, { year: 2025, years: 2 }), labels)).toEqual({ year: 2025, years: 2 });
    expect(labelList('micro,small', labels.scale)).toBe('Mikro, Kecil');
  });

  it('colours and orders: failed rules first, first-time information last', () => {
    const reasons = [r('first_time', true), r('scale', true), r('licence', false), r('sector', false)];
    expect(reasons.map(reasonTone)).toEqual(['info', 'ok', 'fail', 'fail']);
    expect(orderReasons(reasons).map((x) => x.rule)).toEqual(['licence', 'sector', 'scale', 'first_time']);
  });

  it('every screening message is in the app in both languages', () => {
    for (const key of Object.keys(ELIGIBILITY_MESSAGES)) {
      expect(typeof lookup(RESOURCES.id.translation, key), key).toBe('string');
      expect(typeof lookup(RESOURCES.en.translation, key), key).toBe('string');
    }
  });
});
