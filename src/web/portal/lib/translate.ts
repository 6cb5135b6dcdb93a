/**
 * The portal's translator, pure: dictionary lookup, `{{name}}` interpolation and `_one`/`_other`
 * plurals. A few dozen lines instead of i18next (18 KB gzip): on a cheap phone every kilobyte of script
 * is download and start-up time. Same key and placeholder format as the staff app's i18next texts.
 */
import type { Dictionary } from './messages';

export type Params = Record<string, string | number | undefined> & { defaultValue?: string };

const node = (dict: Dictionary | undefined, key: string): string | Dictionary | undefined =>
  key.split('.').reduce<string | Dictionary | undefined>((n, part) => (n && typeof n === 'object' ? n[part] : undefined), dict);

/** The text at `key` (a leaf), trying the plural form of `count` first: `key_one`, then `key_other`. */
export function lookup(dict: Dictionary | undefined, key: string, lang: string, count?: number): string | undefined {
  const candidates = typeof count === 'number' ? [`${key}_${new Intl.PluralRules(lang).select(count)}`, `${key}_other`, key] : [key];
  for (const k of candidates) {
    const found = node(dict, k);
    if (typeof found === 'string') return found;
  }
  return undefined;
}

/** Replaces every `{{name}}` with its value; unknown names are left empty rather than shown raw. */
export const interpolate = (text: string, params: Params): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (params[name] === undefined ? '' : String(params[name])));

/**
 * Translates `key` in `dict`, falling back to `fallback` (Bahasa Indonesia), then to `defaultValue`,
 * then to the key itself (a visible slip in development, never a crash). A `$t(other.key)` in the text
 * (after interpolation, as i18next does) is replaced by that key's text: the password-strength message
 * names its hint this way.
 */
export function translate(dict: Dictionary | undefined, fallback: Dictionary, lang: string, key: string, params: Params = {}): string {
  const count = typeof params.count === 'number' ? params.count : undefined;
  const text = lookup(dict, key, lang, count) ?? lookup(fallback, key, 'id', count) ?? params.defaultValue ?? key;
  return interpolate(text, params).replace(/\$t\(([\w.]+)\)/g, (_, nested: string) => lookup(dict, nested, lang) ?? lookup(fallback, nested, 'id') ?? '');
}

/**
 * `base` with `extra`'s texts added (nested groups merged, `extra` wins on a clash). New objects only:
 * the imported JSON dictionaries are never changed in place.
 */
export function mergeDictionaries(base: Dictionary, extra: Dictionary): Dictionary {
  const out: Dictionary = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const old = out[key];
    out[key] = typeof value === 'object' && typeof old === 'object' ? mergeDictionaries(old, value) : value;
  }
  return out;
}
