/** One changed value between an audit entry's before and after snapshots. */
export interface Change {
  key: string;
  before: unknown;
  after: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function flatten(value: unknown, prefix: string, out: Map<string, unknown>, depth: number): void {
  if (isPlainObject(value) && depth < 3) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The keys whose values differ between two snapshots (nested objects as dotted keys, e.g.
 * `owner.phone`). A create has no before, a delete no after: every key then counts as changed.
 */
export function changedKeys(before: unknown, after: unknown): Change[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a, 0);
  flatten(after, '', b, 0);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.filter((k) => !same(a.get(k), b.get(k))).map((key) => ({ key, before: a.get(key), after: b.get(key) }));
}

/** A snapshot value as short text: "—" for empty, JSON for lists and objects. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
