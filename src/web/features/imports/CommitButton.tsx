import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CommitResult } from '../../api/types';
import { formatNumber } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { useCommitImport } from './imports.api';

interface Props {
  kw: string;
  importId: string;
  valid: number;
  skipped: number;
  onCommitted: (result: CommitResult) => void;
}

/**
 * "Simpan N baris valid" with a confirmation dialog (disabled when no row is valid). Rows with errors and
 * rows already imported are skipped. Test ids: `import-commit`, `import-confirm-commit`, `import-cancel-commit`.
 */
export function CommitButton({ kw, importId, valid, skipped, onCommitted }: Props) {
  const { t, i18n } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const commit = useCommitImport(kw, importId);
  const n = formatNumber(valid, i18n.language);

  const confirm = () =>
    commit.mutate(undefined, {
      onSuccess: (result) => {
        close();
        onCommitted(result);
      },
    });

  return (
    <>
      <Button
        color="green"
        onClick={open}
        disabled={valid === 0}
        leftSection={<IconDatabaseImport size={18} aria-hidden />}
        w={{ base: '100%', xs: 'auto' }}
        data-testid="import-commit"
      >
        {t('imports.commit.button', { count: valid, n })}
      </Button>
      <Modal opened={opened} onClose={close} title={t('imports.commit.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text>{t('imports.commit.body', { count: valid, n })}</Text>
          {skipped > 0 && <Text size="sm" c="dimmed">{t('imports.commit.skipped', { n: formatNumber(skipped, i18n.language) })}</Text>}
          {commit.isError && (
            <Alert color="red" role="alert" data-testid="import-error">
              {errorMessage(t, commit.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-testid="import-cancel-commit">
              {t('common.cancel')}
            </Button>
            <Button color="green" onClick={confirm} loading={commit.isPending} data-testid="import-confirm-commit">
              {t('imports.commit.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
