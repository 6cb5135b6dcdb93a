import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';
import { parseScreen, type Screen, screenHref } from './lib/route';

/**
 * The field app's router: a few lines over the History API (no react-router), so the phone's back
 * button works between the worklist, the form and the send screen.
 */
const read = (): Screen => parseScreen(window.location.pathname, window.location.search);
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

/** Goes to a screen; a new screen starts at its top. */
export function go(screen: Screen, options: { replace?: boolean } = {}): void {
  window.history[options.replace ? 'replaceState' : 'pushState'](null, '', screenHref(screen));
  window.scrollTo(0, 0);
  update();
}

/** The current screen; re-renders on every navigation. */
export const useScreen = (): Screen => useSyncExternalStore(subscribe, () => current);

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: Screen; replace?: boolean };

/** A real link that navigates in place on a plain left click. */
export function Link({ to, replace, onClick, ...rest }: LinkProps) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(to, { replace });
  };
  return <a {...rest} href={screenHref(to)} onClick={follow} />;
}
