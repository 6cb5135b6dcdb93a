import type { TFunction } from 'i18next';
import i18n from '../../i18n';

/** Translates `key` if the app knows it, else shows `fallback` (new actions or entities from the server). */
export function i18nOr(t: TFunction, key: string, fallback: string): string {
  return i18n.exists(key) ? t(key) : fallback;
}
