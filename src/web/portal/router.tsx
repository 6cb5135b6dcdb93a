import { type AnchorHTMLAttributes, createContext, type MouseEvent, useContext, useEffect, useSyncExternalStore } from 'react';
import { appPath, href } from './lib/routes';

/**
 * The portal's router: a few dozen lines over the History API instead of react-router (20 KB gzip,
 * a fifth of the portal's script). Seven flat routes need no more: paths, a little state ("come back
 * here after Masuk"), links that still open in a new tab with Ctrl/middle click, and the back button.
 */
export interface PortalLocation {
  /** The path inside the portal, e.g. "/masuk". */
  path: string;
  /** State given to navigate() (kept across reloads by the browser). */
  state: unknown;
}

const read = (): PortalLocation => ({ path: appPath(window.location.pathname), state: (window.history.state as { usr?: unknown } | null)?.usr ?? null });
let current = read();
const listeners = new Set<() => void>();
const update = () => {
  current = read();
  for (const listener of listeners) listener();
};
window.addEventListener('popstate', update);
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Goes to an app path; a new page starts at its top. */
export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  window.history[options.replace ? 'replaceState' : 'pushState']({ usr: options.state }, '', href(to));
  window.scrollTo(0, 0);
  update();
}

/** The current location; re-renders on every navigation. */
export const useLocation = (): PortalLocation => useSyncExternalStore(subscribe, () => current);

/** The navigate function (a hook for symmetry with the places that used react-router). */
export const useNavigate = () => navigate;

const ParamsContext = createContext<Record<string, string>>({});
/** Provides the matched route's parameters to the page. */
export const ParamsProvider = ParamsContext.Provider;
/** The current route's parameters, e.g. { kw, code }. */
export const useParams = (): Record<string, string | undefined> => useContext(ParamsContext);

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A real link (works without the router too) that navigates in place on a plain left click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || rest.target) return;
    e.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={href(to)} onClick={follow} />;
}

/** A link that says "this page" to screen readers (aria-current) when it is the current one. */
export function NavLink(props: LinkProps) {
  const { path } = useLocation();
  return <Link {...props} aria-current={path === props.to ? 'page' : undefined} />;
}

/** Navigates as soon as it is rendered (a redirect). */
export function Navigate({ to, replace, state }: { to: string; replace?: boolean; state?: unknown }) {
  useEffect(() => navigate(to, { replace, state }), [to, replace, state]);
  return null;
}
