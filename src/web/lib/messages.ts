import type { TFunction } from 'i18next';
import i18n from '../i18n';
import { ApiError } from '../api/client';

/**
 * Translates a server message key with its params. Unknown keys fall back to a generic text of
 * their family (validation.* or errors.*), so a new server key never shows up raw.
 */
export function translateKey(t: TFunction, key: string, params: Record<string, string | number> = {}): string {
  if (key && i18n.exists(key)) return t(key, params);
  return t(key.startsWith('validation.') ? 'validation.generic' : 'errors.generic');
}

/** The user-facing text of any thrown error. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return translateKey(t, error.messageKey, error.params);
  return t('errors.generic');
}

/** Translates `key` if the app knows it, else shows `fallback` (e.g. a new action name from the server). */
export function translateOr(t: TFunction, key: string, fallback: string): string {
  return i18n.exists(key) ? t(key) : fallback;
}
