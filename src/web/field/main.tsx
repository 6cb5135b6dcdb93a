import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { v7 as uuidv7 } from 'uuid';
import { api } from '../api/client';
import { FieldApp } from './App';
import { createFieldController } from './data/controller';
import { openStorage } from './data/idb';
import css from './field.css?inline';
import { setLanguage, storedLanguage } from './i18n';
import type { CheckinPayload } from './lib/types';
import { ControllerContext } from './state';

/**
 * The assistants' field app (lapangan.html → boot.ts → here): a separate small bundle (no Mantine,
 * no router or i18n library), installable, working offline from IndexedDB. Page styles travel inside
 * this script as text and are added before the first render, so they never block the static shell.
 */
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

/** How often a phone with check-ins waiting retries on its own (a flaky link often recovers unnoticed). */
const RETRY_MS = 60_000;
const PROBE_MS = 10_000;

async function boot() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing in lapangan.html');
  const [{ store, kv }] = await Promise.all([
    openStorage<CheckinPayload>(),
    storedLanguage() === 'en' ? setLanguage('en', false).catch(() => undefined) : undefined,
  ]);
  const field = createFieldController({ store, kv, http: api, newId: uuidv7, now: () => new Date().toISOString(), online: () => navigator.onLine });
  window.addEventListener('online', () => field.setOnline(true));
  window.addEventListener('offline', () => field.setOnline(false));
  setInterval(() => void field.sync(), RETRY_MS);
  // Marked offline because the server did not answer while the browser saw a network: look again.
  setInterval(() => void field.probe(), PROBE_MS);

  // A transition renders the first screen in slices: a cheap phone stays responsive to the first tap.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <ControllerContext.Provider value={field}>
          <FieldApp />
        </ControllerContext.Provider>
      </StrictMode>,
    ),
  );
  void field.start();

  // Only this app has a service worker, and only over /lapangan/: the office app and portal never get one.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/lapangan/' }).catch(() => undefined);
  }
}

void boot();
