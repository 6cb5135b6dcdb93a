import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES } from '../../../server/modules/imports/import.messages';
import { IMPORT_FIELDS as SERVER_FIELDS } from '../../../server/modules/imports/column-map';
import { REASON_CODES } from '../../../server/modules/duplicates/match-score';
import { RESOURCES } from '../../i18n/resources';
import { IMPORT_FIELDS } from './fields';

/** The text at a dotted key of a resource tree, if it is a string. */
function at(tree: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('import and duplicate texts', () => {
  it('every row and file message of the server resolves in both languages', () => {
    for (const key of Object.keys(IMPORT_MESSAGES)) {
      for (const lang of ['id', 'en'] as const) expect(at(RESOURCES[lang].translation, key), `${lang}: ${key}`).toBeTruthy();
    }
  });

  it('row messages keep their placeholders in both languages', () => {
    for (const [key, m] of Object.entries(IMPORT_MESSAGES)) expect(placeholders(m.en), key).toEqual(placeholders(m.id));
  });

  it('the app offers exactly the fields the server maps, each labelled', () => {
    expect([...IMPORT_FIELDS].sort()).toEqual([...SERVER_FIELDS].sort());
    for (const f of IMPORT_FIELDS) {
      for (const lang of ['id', 'en'] as const) expect(at(RESOURCES[lang].translation, `imports.fields.${f}`), `${lang}: ${f}`).toBeTruthy();
    }
  });

  it('every reason code of the matcher is translated', () => {
    for (const code of REASON_CODES) {
      for (const lang of ['id', 'en'] as const) expect(at(RESOURCES[lang].translation, `duplicates.reasons.${code}`), `${lang}: ${code}`).toBeTruthy();
    }
  });
});
