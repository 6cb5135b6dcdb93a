/**
 * Address rules of the portal's small router (router.tsx): the app lives under /portal, routes are
 * patterns like "/verifikasi/:kw/:code". Pure, so they are tested without a browser.
 */
export const BASE = '/portal';

/** The app path of a browser path: "/portal/masuk" → "/masuk"; "/portal" and "/portal/" → "/". */
export function appPath(pathname: string): string {
  if (pathname !== BASE && !pathname.startsWith(`${BASE}/`)) return pathname;
  const rest = pathname.slice(BASE.length).replace(/\/+$/, '');
  return rest || '/';
}

/** The browser address of an app path: "/masuk" → "/portal/masuk", "/" → "/portal". */
export const href = (to: string): string => (to === '/' ? BASE : `${BASE}${to}`);

/** The parameters of `path` if it matches `pattern` (":name" matches one segment), else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null; // a malformed %-escape is no valid address
      }
    } else if (w !== h) return null;
  }
  return params;
}

/** The first route whose pattern matches `path`, with its parameters. */
export function findRoute<R extends { path: string }>(routes: readonly R[], path: string): { route: R; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}
