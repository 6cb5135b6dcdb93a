import { useEffect, useRef } from 'react';

let firstPage = true;

/**
 * The page's one h1. It also names the browser tab and, after an in-app navigation, takes the focus so
 * a screen reader announces the new page (the first page keeps the browser's natural start).
 */
export function PageHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} — Berdaya`;
  }, [children]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
