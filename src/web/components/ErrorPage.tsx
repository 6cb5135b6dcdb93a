import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock, IconSearchOff } from '@tabler/icons-react';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SessionContext } from '../features/auth/session';

/**
 * The friendly full-page answer to 403 ("Anda tidak berhak membuka data ini") and 404, with a way
 * back to the registry (partners: to their home). Test ids: `error-forbidden`, `error-not-found`.
 */
export function ErrorPage({ kind, homeLink = true }: { kind: 'forbidden' | 'notFound'; homeLink?: boolean }) {
  const { t } = useTranslation();
  // Read directly: this page may also show outside the signed-in part of the app.
  const readsRegistry = useContext(SessionContext)?.readsRegistry ?? true;
  const forbidden = kind === 'forbidden';
  const Icon = forbidden ? IconLock : IconSearchOff;
  return (
    <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="lg" data-testid={forbidden ? 'error-forbidden' : 'error-not-found'}>
      <Stack align="center" gap="md" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color={forbidden ? 'orange' : 'gray'} aria-hidden>
          <Icon size={32} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t(forbidden ? 'errors.forbiddenPage.title' : 'errors.notFoundPage.title')}
        </Title>
        <Text>{t(forbidden ? 'errors.forbiddenPage.body' : 'errors.notFoundPage.body')}</Text>
        {homeLink && (
          <Button component={Link} to="/">
            {t(readsRegistry ? 'common.backToRegistry' : 'common.backToHome')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
