import { describe, expect, it } from 'vitest';
import en from '../../../web/i18n/en.json';
import id from '../../../web/i18n/id.json';
import { generatePassword, passwordProblem } from './password';

const at = (obj: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

describe('password strength', () => {
  it('refuses repeats, common words and passwords holding the username, with a translated hint', () => {
    const repeat = passwordProblem('aaaaaaaaaa', 'password', { username: 'siti' });
    expect(repeat).toMatchObject({ field: 'password', messageKey: 'validation.password.weak', params: { hint: 'warning.simpleRepeat' } });
    expect(passwordProblem('sayang123456', 'password', { username: 'siti' })).toMatchObject({ messageKey: 'validation.password.weak' });
    expect(passwordProblem('Bandung123456', 'password', { username: 'siti' })).toMatchObject({ messageKey: 'validation.password.weak' });
    expect(passwordProblem('xQ-petugas-7391-Kz', 'newPassword', { username: 'Petugas' })).toMatchObject({ field: 'newPassword', messageKey: 'validation.password.contains_username' });
    // An owner's username is their +62 number; the 08… form is refused as well.
    expect(passwordProblem('kopi081321004455', 'password', { username: '+6281321004455' })).toMatchObject({ messageKey: 'validation.password.contains_username' });
    expect(passwordProblem('pendek', 'password', { username: 'siti' })).toMatchObject({ messageKey: 'validation.password.too_short' });
    for (const lang of [id, en]) {
      expect(at(lang, `validation.password.${repeat!.params!.hint}`)).toEqual(expect.any(String));
    }
  });

  it('uses the person\'s name as well', () => {
    expect(passwordProblem('rohayati2019', 'password', { username: '+6281322223333', displayName: 'Euis Rohayati' })).toMatchObject({ messageKey: 'validation.password.weak' });
  });

  it('accepts passphrases, the example in the message and generated passwords', () => {
    for (const p of ['rahasia-uji-123', 'kopi-senja-di-cibodas', 'singkong-renyah-2026', generatePassword()]) {
      expect(passwordProblem(p, 'password', { username: 'siti', displayName: 'Siti Aminah' })).toBeNull();
    }
  });
});
