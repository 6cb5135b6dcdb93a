/**
 * The only script lapangan.html names. It lets the browser paint the static shell first, then
 * fetches the app. "/lapangan" is reloaded as "/lapangan/" first: the service worker's scope (and the
 * installed app's start address) is the folder, and a page opened outside it is never controlled by
 * the worker (changing the address in place is not enough), so it would not open offline next time.
 */
if (location.pathname === '/lapangan') location.replace(`/lapangan/${location.search}${location.hash}`);
else {
  const start = () => void import('./main');
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(start)));
  else requestAnimationFrame(() => setTimeout(start));
}
