import { useSyncExternalStore } from 'react';
import { STORAGE_KEYS, storage } from '../../lib/storage';
import { type Dictionary, resolveMessageKey } from '../../portal/lib/messages';
import { type Params, translate } from '../../portal/lib/translate';
import { findingText, isFindingKey } from '../lib/findings';
import id from './id.json';

/**
 * The field app's own small dictionaries with the portal's tiny translator (no i18next: on a cheap
 * phone every kilobyte of script is start-up time). Bahasa Indonesia ships in the first bundle;
 * English is fetched only when picked. Need labels ("topic") are the owner portal's words, copied so
 * the portal's whole dictionary stays out of this bundle (i18n.test.ts keeps them equal), so owner and
 * assistant read the same words; plausibility texts are the server's (lib/findings.ts).
 */
export type Language = 'id' | 'en';

const isLanguage = (value: unknown): value is Language => value === 'id' || value === 'en';
const fallback: Dictionary = id;
const dictionaries: Partial<Record<Language, Dictionary>> = { id: fallback };
let current: Language = 'id';
const listeners = new Set<() => void>();

/** The language stored on this device (shared with the other Berdaya apps), else Bahasa Indonesia. */
export const storedLanguage = (): Language => {
  const stored = storage.get(STORAGE_KEYS.language);
  return isLanguage(stored) ? stored : 'id';
};

/** Translates `key` in the current language; `followup.check.*` keys are plausibility findings. */
export const t = (key: string, params?: Params): string => {
  if (isFindingKey(key)) {
    const raw = Object.fromEntries(Object.entries(params ?? {}).filter((e): e is [string, string | number] => e[1] !== undefined));
    const text = findingText(key, raw, current);
    if (text !== undefined) return text;
  }
  return translate(dictionaries[current], fallback, current, key, params);
};

/** Translates a server message key with its params; unknown keys fall back to a generic text. */
export const translateKey = (key: string, params: Record<string, string | number> = {}): string =>
  isFindingKey(key) ? t(key, params) : t(resolveMessageKey(dictionaries[current] ?? fallback, key), params);

/** Switches the language (loading its dictionary first if needed) and remembers it on this device. */
export async function setLanguage(lng: Language, remember = true): Promise<void> {
  if (!dictionaries[lng]) {
    dictionaries[lng] = (await import('./en.json')).default;
  }
  if (remember) storage.set(STORAGE_KEYS.language, lng);
  current = lng;
  // The shell in lapangan.html is static Indonesian: keep its language and texts in step.
  document.documentElement.lang = lng;
  const tagline = document.getElementById('shell-tagline');
  if (tagline) tagline.textContent = t('shell.tagline');
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = t('shell.skip');
  for (const listener of listeners) listener();
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
