/**
 * Finding the NUL byte (U+0000) in request data. PostgreSQL and the embedded store cannot keep it in
 * `text` or `jsonb`; the HTTP edge refuses it (http/nul-guard.ts) and the field app's sync rejects the
 * one check-in that carries it.
 */

/** The i18n key of the refusal (errors.nulByte in the web apps' id.json and en.json). */
export const NUL_BYTE_KEY = 'errors.nulByte';
/** Deeper than any body Berdaya accepts; stops a pathological nesting from costing a deep recursion. */
const MAX_DEPTH = 32;

/**
 * Dotted paths (`owner.fullName`, `checkins.2.problems`; an object key itself is reported by its path)
 * of every string holding U+0000 in `value`, at most `limit` of them.
 */
export function nulPaths(value: unknown, prefix = '', limit = 20): string[] {
  const found: string[] = [];
  const walk = (v: unknown, path: string, depth: number) => {
    if (found.length >= limit) return;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) found.push(path);
      return;
    }
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return;
    // Only parsed JSON is walked: arrays and plain objects. A raw upload arrives as a Buffer or as the
    // request stream itself (IncomingMessage → socket → parser → …, a graph with cycles whose walk never
    // ends); the spreadsheet reader judges those cells.
    if (!Array.isArray(v) && !isPlainObject(v)) return;
    const join = (k: string | number) => (path ? `${path}.${k}` : String(k));
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, join(i), depth + 1));
      return;
    }
    for (const [k, item] of Object.entries(v)) {
      if (k.includes('\u0000')) found.push(join(k.replaceAll('\u0000', '\\0')));
      walk(item, join(k), depth + 1);
    }
  };
  walk(value, prefix, 0);
  return found;
}

/** A plain object, or a dictionary such as Fastify's parsed query (whose prototype has no prototype). */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

