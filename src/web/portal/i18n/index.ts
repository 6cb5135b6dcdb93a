import { useSyncExternalStore } from 'react';
import { STORAGE_KEYS, storage } from '../../lib/storage';
import { type Dictionary, resolveMessageKey } from '../lib/messages';
import { mergeDictionaries, type Params, translate } from '../lib/translate';
import id from './id.json';

/**
 * The portal's own small dictionaries (not the staff app's big ones) and its tiny translator (see
 * lib/translate.ts for why not i18next). Bahasa Indonesia ships in the first bundle; English is fetched
 * only when someone picks it, so most phones never download it.
 */
export type Language = 'id' | 'en';

const isLanguage = (value: unknown): value is Language => value === 'id' || value === 'en';
const dictionaries: Partial<Record<Language, Dictionary>> = { id };
/** Texts of lazily loaded screens (addTexts), applied again to a dictionary fetched later. */
const extras: Record<Language, Dictionary>[] = [];
let current: Language = 'id';
const listeners = new Set<() => void>();

/** The language stored on this device (shared with the staff app), else Bahasa Indonesia. */
export const storedLanguage = (): Language => {
  const stored = storage.get(STORAGE_KEYS.language);
  return isLanguage(stored) ? stored : 'id';
};

/** Translates `key` in the current language. */
export const t = (key: string, params?: Params): string => translate(dictionaries[current], dictionaries.id ?? id, current, key, params);

/** Translates a server message key with its params; unknown keys fall back to a generic text. */
export const translateKey = (key: string, params: Record<string, string | number> = {}): string =>
  t(resolveMessageKey((dictionaries[current] ?? id), key), params);

/** Switches the language (loading its dictionary first if needed) and remembers it on this device. */
export async function setLanguage(lng: Language, remember = true): Promise<void> {
  if (!dictionaries[lng]) dictionaries[lng] = extras.reduce((d, x) => mergeDictionaries(d, x[lng]), (await import('./en.json')).default as Dictionary);
  if (remember) storage.set(STORAGE_KEYS.language, lng);
  current = lng;
  // The app shell in portal.html is static Indonesian: keep its language and tagline in step.
  document.documentElement.lang = lng;
  const tagline = document.getElementById('shell-tagline');
  if (tagline) tagline.textContent = t('shell.tagline');
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = t('shell.skip');
  for (const listener of listeners) listener();
}

/**
 * Adds the texts of a screen that is loaded on demand (its chunk calls this once when it loads), so
 * texts only that screen needs stay out of the first download. Both languages are given; English is
 * merged now if already loaded, else when it is fetched.
 */
export function addTexts(texts: Record<Language, Dictionary>): void {
  extras.push(texts);
  for (const lng of Object.keys(dictionaries) as Language[]) dictionaries[lng] = mergeDictionaries(dictionaries[lng]!, texts[lng]);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** `t` and the current language; the component re-renders when the language changes. */
export function useT(): { t: typeof t; lang: Language } {
  const lang = useSyncExternalStore(subscribe, () => current);
  return { t, lang };
}
