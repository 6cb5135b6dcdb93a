/**
 * The three-way merge both edit forms (business, programme) use after a 409: the form's values are flat
 * fields plus one nested group (`owner`, `rules`) compared field by field. Values compare as JSON, so
 * arrays and objects compare by content.
 */
type Values = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field paths that differ between two sets of values: `<nested>.<field>` inside the nested group, the rest per field. */
export function differingFieldPaths<T extends object>(a: T, b: T, nested: keyof T & string): string[] {
  const out: string[] = [];
  const av = a as Values;
  const bv = b as Values;
  for (const key of Object.keys(av)) {
    if (key === nested) {
      const an = av[key] as Values;
      const bn = bv[key] as Values;
      for (const k of Object.keys(an)) if (!same(an[k], bn[k])) out.push(`${key}.${k}`);
    } else if (!same(av[key], bv[key])) out.push(key);
  }
  return out;
}

/** Where the user left a field as they found it, take the latest saved value; where they changed it, keep theirs. */
export function mergeThreeWay<T extends object>(user: T, oldBase: T, latest: T, nested: keyof T & string): T {
  const u = user as Values;
  const o = oldBase as Values;
  const l = latest as Values;
  const merged: Values = { ...u, [nested]: { ...(u[nested] as Values) } };
  for (const key of Object.keys(u)) if (key !== nested && same(u[key], o[key])) merged[key] = l[key];
  const [un, on, ln, mn] = [u[nested], o[nested], l[nested], merged[nested]] as Values[];
  for (const k of Object.keys(un!)) if (same(un![k], on![k])) mn![k] = ln![k];
  return merged as T;
}

/**
 * What reloading after a conflict does to a form: the merged values, and the labels of the fields others
 * changed and of those both sides changed (shown to the user).
 */
export function reloadMerge<T extends object>(user: T, oldBase: T, latest: T, nested: keyof T & string, label: (path: string) => string) {
  const byOthers = differingFieldPaths(oldBase, latest, nested);
  const byUser = new Set(differingFieldPaths(user, oldBase, nested));
  return {
    values: mergeThreeWay(user, oldBase, latest, nested),
    changedByOthers: byOthers.map(label),
    changedByBoth: byOthers.filter((p) => byUser.has(p)).map(label),
  };
}
