// A plain table of texts shared with the server's problem report (no Node dependencies).
import { importMessageResources } from '../../server/modules/imports/import.messages';
import { eligibilityMessageResources } from '../../server/modules/programmes/eligibility.messages';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

/** `extra` with `base` laid over it: the app's own texts win where both have a key. */
export function mergeMessages(extra: Record<string, unknown>, base: Record<string, unknown>): Tree {
  const out: Tree = { ...(extra as Tree) };
  for (const [key, value] of Object.entries(base)) {
    const below = out[key];
    out[key] =
      value && typeof value === 'object' && below && typeof below === 'object'
        ? mergeMessages(below, value as Record<string, unknown>)
        : (value as string | Tree);
  }
  return out;
}

/**
 * The translations of the app: its JSON files plus the import row and file messages and the programme
 * eligibility reasons, which live with the server's rules (the downloadable problem report and the stored
 * screening decisions use the same texts).
 */
export const RESOURCES = {
  id: { translation: mergeMessages(mergeMessages(eligibilityMessageResources('id'), importMessageResources('id')), id) },
  en: { translation: mergeMessages(mergeMessages(eligibilityMessageResources('en'), importMessageResources('en')), en) },
};
