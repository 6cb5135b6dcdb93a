import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { interpolate, lookup, mergeDictionaries, translate } from './translate';

describe('portal translator', () => {
  it('fills placeholders and leaves unknown ones empty', () => {
    expect(interpolate('Kode dikirim ke {{phone}}.', { phone: '0812••••789' })).toBe('Kode dikirim ke 0812••••789.');
    expect(interpolate('Sisa {{ attemptsLeft }} kali, {{x}}.', { attemptsLeft: 2 })).toBe('Sisa 2 kali, .');
  });

  it('nests a hint named by a placeholder, as i18next does (password strength)', () => {
    expect(translate(id, id, 'id', 'validation.password.weak', { hint: 'warning.simpleRepeat' })).toContain('Karakter yang berulang');
    expect(translate(en, id, 'en', 'validation.password.weak', { hint: 'suggestion.anotherWord' })).toContain('Add more words that are less common.');
  });

  it('picks plural forms per language', () => {
    expect(translate(en, id, 'en', 'programmes.seatsLeft', { count: 1 })).toBe('1 place left');
    expect(translate(en, id, 'en', 'programmes.seatsLeft', { count: 5 })).toBe('5 places left');
    expect(translate(id, id, 'id', 'programmes.seatsLeft', { count: 1 })).toBe('Sisa 1 tempat');
    expect(lookup(id, 'programmes.seatsLeft', 'id')).toBeUndefined();
  });

  it('falls back to Bahasa Indonesia, then the default value, then the key', () => {
    expect(translate({}, id, 'en', 'nav.home')).toBe('Beranda');
    expect(translate(en, id, 'en', 'sector.unknown', { defaultValue: 'unknown' })).toBe('unknown');
    expect(translate(en, id, 'en', 'no.such.key')).toBe('no.such.key');
    expect(translate(en, id, 'en', 'nav')).toBe('nav');
  });
});

describe('adding a screen\'s texts', () => {
  it('merges nested groups without changing either dictionary', () => {
    const base = { errors: { generic: 'Gagal', portal: { x: 'X' } }, nav: { home: 'Beranda' } };
    const extra = { errors: { followup: { linkExpired: 'Kedaluwarsa' } }, report: { title: 'Laporan' } };
    const merged = mergeDictionaries(base, extra);
    expect(merged).toEqual({ errors: { generic: 'Gagal', portal: { x: 'X' }, followup: { linkExpired: 'Kedaluwarsa' } }, nav: { home: 'Beranda' }, report: { title: 'Laporan' } });
    expect(base.errors).toEqual({ generic: 'Gagal', portal: { x: 'X' } });
    expect(translate(merged, merged, 'id', 'errors.followup.linkExpired')).toBe('Kedaluwarsa');
  });
});
