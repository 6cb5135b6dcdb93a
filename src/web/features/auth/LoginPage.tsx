import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../lib/messages';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useLogin, useMeQuery } from './auth.api';

/** Where to go after login: the page that sent the user here, else the registry. */
function targetOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

/**
 * The login page (/login): username and password; server messages (wrong credentials, account
 * locked for N minutes, too many attempts) are shown translated. Test ids: `login-username`,
 * `login-password`, `login-submit`, `login-error`.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMeQuery();
  const login = useLogin();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  useEffect(() => {
    document.title = `${t('auth.title')} · Berdaya`;
  }, [t]);

  if (me.data && !login.isPending) return <Navigate to={targetOf(location.state)} replace />;

  const submit = form.onSubmit((values) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      { onSuccess: () => void navigate(targetOf(location.state), { replace: true }) },
    );
  });

  return (
    <Box mih="100dvh" bg="gray.0" px="md" py="xl">
      <Group justify="flex-end" maw={420} mx="auto" mb="md">
        <LanguageSwitch />
      </Group>
      <Center>
        <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={420} component="main">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <div>
                <Text fw={800} c="blue.8" size="xl">
                  {t('app.name')}
                </Text>
                <Title order={1} size="h3">
                  {t('auth.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('auth.subtitle')}
                </Text>
              </div>
              {login.isError && (
                <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="login-error">
                  {errorMessage(t, login.error)}
                </Alert>
              )}
              <TextInput
                label={t('auth.username')}
                autoComplete="username"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                required
                data-testid="login-username"
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                size="md"
                data-testid="login-password"
                {...form.getInputProps('password')}
              />
              <Button type="submit" size="md" loading={login.isPending} data-testid="login-submit" fullWidth>
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
