import { selfReportApiPath, startEarly, verificationApiPath } from './lib/early';

/**
 * The only script portal.html names. It lets the browser paint the static app shell first and only
 * then fetches the app (main.tsx and its chunks, in parallel). On a slow 3G link the header and the
 * "Memuat…" line show at once instead of waiting behind ~100 KB of high-priority script downloads.
 * A certificate check (opened from a QR code) and an owner's self-report link (opened from a message)
 * ask for their data right away, in parallel with the app.
 */
const early = verificationApiPath(location.pathname) ?? selfReportApiPath(location.pathname);
if (early) startEarly(early);

const start = () => void import('./main');
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(start)));
else requestAnimationFrame(() => setTimeout(start));
