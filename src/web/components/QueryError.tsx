import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage } from '../lib/messages';
import { ErrorPage } from './ErrorPage';

/**
 * Shows a failed load: 403 and 404 as full friendly pages, anything else (network, 500) as an
 * alert with the translated server message and a retry button.
 */
export function QueryError({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error, 403)) return <ErrorPage kind="forbidden" />;
  if (isApiError(error, 404)) return <ErrorPage kind="notFound" />;
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={title ?? t('errors.generic')} data-testid="error-generic" role="alert">
      <Group justify="space-between" gap="sm">
        <span>{errorMessage(t, error)}</span>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
