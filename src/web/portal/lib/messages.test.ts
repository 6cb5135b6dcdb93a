import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { type Dictionary, fieldMessages, resolveMessageKey } from './messages';

/** Every leaf key of a dictionary, plural suffixes folded (en has _one where id has only _other). */
const keys = (dict: Dictionary, prefix = ''): string[] =>
  Object.entries(dict).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k.replace(/_(one|other)$/, '')}`] : keys(v, `${prefix}${k}.`)));

describe('portal messages', () => {
  it('has the same keys in Bahasa Indonesia and English', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(id))].sort());
  });

  it('knows every error the portal can receive', () => {
    const expected = [
      'errors.portal.phoneTaken', 'errors.portal.codeWrong', 'errors.portal.codeExpired', 'errors.portal.notLinked',
      'errors.portal.claimPending', 'errors.portal.regencyClosed', 'errors.portal.claimDecided',
      'errors.programme.alreadyApplied', 'errors.programme.batchFull', 'errors.programme.notOpen', 'errors.programme.certificateNotFound',
      'errors.programme.businessNotYours', 'errors.rateLimited', 'errors.network', 'errors.auth.invalidCredentials', 'errors.auth.locked',
      'validation.nik16', 'validation.otp6', 'validation.phone.invalid', 'validation.too_small',
    ];
    for (const key of expected) expect(resolveMessageKey(id as Dictionary, key), key).toBe(key);
    expect(id.errors.portal.codeWrong).toContain('{{attemptsLeft}}');
  });

  it('falls back to the family text, and reads a group key as its "invalid" text', () => {
    expect(resolveMessageKey(id as Dictionary, 'errors.somethingNew')).toBe('errors.generic');
    expect(resolveMessageKey(id as Dictionary, 'validation.brandNew')).toBe('validation.generic');
    expect(resolveMessageKey(id as Dictionary, 'validation.phone')).toBe('validation.phone.invalid');
    expect(resolveMessageKey(id as Dictionary, 'errors.portal')).toBe('errors.generic');
    expect(resolveMessageKey(id as Dictionary, '')).toBe('errors.generic');
  });

  it('places server field problems under the form fields', () => {
    const fields = [
      { field: 'username', messageKey: 'validation.required' },
      { field: 'nik', messageKey: 'validation.nik16', params: {} },
      { field: 'nik', messageKey: 'validation.nik.region' },
    ];
    expect(fieldMessages(fields, { username: 'phone' })).toEqual({
      phone: { key: 'validation.required', params: {} },
      nik: { key: 'validation.nik16', params: {} },
    });
  });
});
