/**
 * Which dictionary text shows a server message key. Pure (takes the dictionary), so it is tested
 * without i18next. Unknown keys never show up raw: they fall back to the generic text of their family.
 */
export type Dictionary = { [key: string]: string | Dictionary };

const lookup = (dict: Dictionary, key: string): string | Dictionary | undefined =>
  key.split('.').reduce<string | Dictionary | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), dict);

/**
 * The key to translate for `key`: itself when the dictionary has a text there; `<key>.invalid` when the
 * server named a group (e.g. `validation.phone` for `validation.phone.invalid`); else
 * `validation.generic` or `errors.generic`.
 */
export function resolveMessageKey(dict: Dictionary, key: string): string {
  const node = key ? lookup(dict, key) : undefined;
  if (typeof node === 'string') return key;
  if (node && typeof node.invalid === 'string') return `${key}.invalid`;
  return key.startsWith('validation.') ? 'validation.generic' : 'errors.generic';
}

/** One problem under a field: the dictionary key and its values. */
export interface FieldMessage {
  key: string;
  params: Record<string, string | number>;
}

/**
 * The server's field problems by the form's field names. `aliases` maps server paths to form fields
 * (e.g. `username` → `phone` on the login form). The first problem of a field wins.
 */
export function fieldMessages(
  fields: readonly { field: string; messageKey: string; params?: Record<string, string | number> }[],
  aliases: Record<string, string> = {},
): Record<string, FieldMessage> {
  const out: Record<string, FieldMessage> = {};
  for (const f of fields) {
    const name = aliases[f.field] ?? f.field;
    out[name] ??= { key: f.messageKey, params: f.params ?? {} };
  }
  return out;
}
