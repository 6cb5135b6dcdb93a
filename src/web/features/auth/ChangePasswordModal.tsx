import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage, translateKey } from '../../lib/messages';
import { useChangePassword } from './auth.api';

const MIN_PASSWORD_LENGTH = 10;

/**
 * The change-password dialog. Field errors from the server (wrong current password, too short,
 * same as old) appear under their inputs. Test ids: `password-current`, `password-new`,
 * `password-confirm`, `password-submit`.
 */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: (v) => (v ? null : t('validation.required')),
      confirm: (v, values) => (v === values.newPassword ? null : t('password.mismatch')),
    },
  });

  const close = () => {
    form.reset();
    change.reset();
    onClose();
  };

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('password.success') });
          close();
        },
        onError: (e) => {
          if (isApiError(e, 422)) {
            for (const f of e.fields) form.setFieldError(f.field, translateKey(t, f.messageKey, f.params));
          }
        },
      },
    );
  });

  const unplacedError = change.isError && !(isApiError(change.error, 422) && change.error.fields.length > 0);

  return (
    <Modal opened={opened} onClose={close} title={t('password.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {unplacedError && (
            <Alert color="red" role="alert">
              {errorMessage(t, change.error)}
            </Alert>
          )}
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            data-testid="password-current"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.hint', { minimum: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            data-testid="password-new"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('password.confirm')}
            autoComplete="new-password"
            required
            data-testid="password-confirm"
            {...form.getInputProps('confirm')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} data-testid="password-submit">
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
