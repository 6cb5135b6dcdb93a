import './mantine-styles';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { setUnauthenticatedHandler } from './api/client';
import { createQueryClient } from './api/queryClient';
import { App } from './App';
import { meKey } from './features/auth/auth.api';
import i18n from './i18n';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createQueryClient();

// Any API call answering 401 means the session ended: forget the user; the route guard sends
// them to /login and brings them back afterwards.
setUnauthenticatedHandler(() => {
  const wasSignedIn = Boolean(queryClient.getQueryData(meKey));
  queryClient.setQueryData(meKey, null);
  if (wasSignedIn) notifications.show({ id: 'session-ended', color: 'orange', message: i18n.t('auth.sessionEnded') });
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-center" limit={3} />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
