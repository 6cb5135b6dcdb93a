/**
 * The four icons of the bottom navigation as inline SVG paths (an icon library would cost more than
 * all of them). Decorative: the text label under each icon names the link.
 */
const svg = (d: string) => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

export const HomeIcon = () => svg('M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10');
export const ListIcon = () => svg('M8 6h13M8 12h13M8 18h13M3.5 6h.01M3.5 12h.01M3.5 18h.01');
export const CheckIcon = () => svg('M9 11l3 3 8-8M20 12v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h11');
export const LogoutIcon = () => svg('M15 4h4a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1h-4M10 17l5-5-5-5M15 12H3');
