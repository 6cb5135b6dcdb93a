import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BusinessDetail } from '../../api/types';
import { errorMessage } from '../../lib/messages';
import { useDeleteBusiness } from './registry.api';

/**
 * "Hapus usaha" with a confirmation dialog; deletes the version on screen (409 if it changed).
 * Test ids: `business-delete`, `delete-confirm`, `delete-cancel`.
 */
export function DeleteBusinessButton({ kw, business, onConflict }: { kw: string; business: BusinessDetail; onConflict: () => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteBusiness(kw);
  const navigate = useNavigate();

  const confirm = () =>
    remove.mutate(
      { id: business.id, version: business.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('business.deleted') });
          close();
          void navigate('/', { replace: true });
        },
        onError: (e) => {
          if ((e as { status?: number }).status === 409) onConflict();
        },
      },
    );

  return (
    <>
      <Button color="red" variant="outline" leftSection={<IconTrash size={18} aria-hidden />} onClick={open} data-testid="business-delete">
        {t('business.delete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('business.deleteTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text>{t('business.deleteBody', { name: business.name })}</Text>
          {remove.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-testid="delete-cancel">
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending} data-testid="delete-confirm">
              {t('business.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
