import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { setUnauthenticatedHandler } from '../api/client';
import { createQueryClient } from '../api/queryClient';
import { meKey } from './api/session';
import { PortalApp } from './App';
import { setLanguage, storedLanguage } from './i18n';
import css from './portal.css?inline';

/**
 * The owner portal app (portal.html → boot.ts → here), a separate small bundle from the staff app: no Mantine,
 * no icon library, its own dictionaries. The page styles travel inside this script as text and are
 * added before the first render, so they never block the first paint of the static shell.
 */
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

const queryClient = createQueryClient();
// Any call answering 401 means the session ended: forget the account; the owner area sends them to "Masuk".
setUnauthenticatedHandler(() => queryClient.setQueryData(meKey, null));

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in portal.html');

// A transition lets React render the first screen in small slices instead of one long task: a cheap
// phone stays responsive to the first tap (Lighthouse's "total blocking time").
const render = () =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <PortalApp />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );

// English is fetched only for those who chose it; everyone else renders at once. (No top-level await:
// it makes the bundler split the staff app's start-up script into dozens of small files.)
if (storedLanguage() === 'en') void setLanguage('en', false).catch(() => undefined).then(render);
else render();
