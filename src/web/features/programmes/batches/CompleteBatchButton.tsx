import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFlagCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchView, CompletionResult } from '../../../api/types';
import { formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { useCompleteBatch } from '../participants.api';

/**
 * "Selesaikan angkatan" with a confirmation (participants reaching the programme's minimum attendance are
 * completed and get certificates), then the result. Test ids: `batch-complete`, `batch-confirm-complete`,
 * `batch-completion-result` (with `data-completed`, `data-not-completed`, `data-certificates`), `batch-complete-error`.
 */
export function CompleteBatchButton({ kw, batch, minPercent }: { kw: string; batch: BatchView; minPercent: number }) {
  const { t, i18n } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [result, setResult] = useState<CompletionResult | null>(null);
  const complete = useCompleteBatch(kw, batch.id);
  const n = (v: number) => formatNumber(v, i18n.language);
  const confirm = () =>
    complete.mutate(undefined, {
      onSuccess: (r) => {
        setResult(r);
        close();
      },
    });

  return (
    <Stack gap="xs">
      {result && (
        <Alert color="teal" icon={<IconFlagCheck aria-hidden />} title={t('programmes.complete.doneTitle')} role="status" data-testid="batch-completion-result" data-completed={result.completed} data-not-completed={result.notCompleted} data-certificates={result.certificates}>
          <List size="sm" spacing={2}>
            <List.Item>{t('programmes.complete.completed', { n: n(result.completed) })}</List.Item>
            <List.Item>{t('programmes.complete.notCompleted', { n: n(result.notCompleted) })}</List.Item>
            <List.Item>{t('programmes.complete.certificates', { n: n(result.certificates) })}</List.Item>
          </List>
        </Alert>
      )}
      {batch.completedAt === null && (
        <Group>
          <Button color="teal" leftSection={<IconFlagCheck size={18} aria-hidden />} onClick={open} w={{ base: '100%', xs: 'auto' }} data-testid="batch-complete">
            {t('programmes.complete.button')}
          </Button>
        </Group>
      )}
      <Modal opened={opened} onClose={close} title={t('programmes.complete.title', { batch: batch.name })} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text>{t('programmes.complete.body', { pct: minPercent, n: n(batch.accepted) })}</Text>
          <Text size="sm" c="dimmed">
            {t('programmes.complete.irreversible')}
          </Text>
          {complete.isError && (
            <Alert color="red" role="alert" data-testid="batch-complete-error">
              {errorMessage(t, complete.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="teal" onClick={confirm} loading={complete.isPending} data-testid="batch-confirm-complete">
              {t('programmes.complete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
