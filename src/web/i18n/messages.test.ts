import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

/** Every message key the server can send must read well in both languages. */
function flatKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? flatKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Keys built at run time: NIK check reasons and the Zod issue codes the error handler forwards. */
const DYNAMIC_KEYS = [
  ...['format', 'region', 'birth_date', 'serial'].map((r) => `validation.nik.${r}`),
  ...['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'invalid_union', 'unrecognized_keys', 'custom'].map((c) => `validation.${c}`),
];

describe('i18n messages', () => {
  // i18next plural forms differ by language (English total_one/total_other, Indonesian total).
  const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
  const idKeys = new Set(flatKeys(id).map(base));
  const enKeys = new Set(flatKeys(en).map(base));

  it('Indonesian and English have the same keys', () => {
    expect([...idKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !idKeys.has(k))).toEqual([]);
  });

  it('every error and validation key the server uses is translated', () => {
    const used = new Set(DYNAMIC_KEYS);
    for (const file of sourceFiles('src/server')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:errors|validation)\.[A-Za-z_.]+[A-Za-z_])'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !idKeys.has(k)).sort()).toEqual([]);
  });
});
