import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage, translateKey } from '../../lib/messages';
import { useAddTenant } from './tenants.api';

const CODE = /^\d{2}\.\d{2}$/;

/**
 * Adds a regency by its Ministry of Home Affairs code (e.g. 35.27). The server answers 422 for an
 * unknown code and 409 when it exists. Test ids: `tenant-code`, `tenant-add`.
 */
export function AddTenantForm() {
  const { t } = useTranslation();
  const add = useAddTenant();
  const form = useForm({
    initialValues: { kodeWilayah: '' },
    validate: { kodeWilayah: (v) => (CODE.test(v.trim()) ? null : t('tenants.codeFormat')) },
    transformValues: (v) => ({ kodeWilayah: v.kodeWilayah.trim() }),
  });

  const submit = form.onSubmit(({ kodeWilayah }) =>
    add.mutate(kodeWilayah, {
      onSuccess: (tenant) => {
        notifications.show({ color: 'green', message: t('tenants.added', { name: tenant.name, code: tenant.kodeWilayah }) });
        form.reset();
      },
      onError: (e) => {
        const field = isApiError(e, 422) ? e.fields.find((f) => f.field === 'kodeWilayah') : undefined;
        if (field) form.setFieldError('kodeWilayah', translateKey(t, field.messageKey, field.params));
      },
    }),
  );
  const showAlert = add.isError && !(isApiError(add.error, 422) && add.error.fields.some((f) => f.field === 'kodeWilayah'));

  return (
    <Paper withBorder p="md" radius="md" component="section">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('tenants.addTitle')}
          </Title>
          {showAlert && (
            <Alert color="red" role="alert" data-testid="tenant-add-error">
              {errorMessage(t, add.error)}
            </Alert>
          )}
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('tenants.codeLabel')}
              description={t('tenants.codeHint')}
              placeholder="35.27"
              inputMode="decimal"
              maxLength={5}
              required
              w={{ base: '100%', xs: 320 }}
              data-testid="tenant-code"
              {...form.getInputProps('kodeWilayah')}
            />
            <Button type="submit" mt={{ base: 0, xs: 50 }} loading={add.isPending} leftSection={<IconPlus size={18} aria-hidden />} data-testid="tenant-add">
              {t('tenants.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
