import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { LabelledPagination } from '../../components/LabelledPagination';
import { useTranslation } from 'react-i18next';
import type { MergeView } from '../../api/types';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { MERGE_PAGE_SIZE, useMerges, useUndoMerge } from './duplicates.api';

/**
 * "Riwayat penggabungan": every merge (which record went into which, by whom, automatic or not) with
 * "Batalkan penggabungan" behind a confirmation, for merges that can still be undone; a page at a time,
 * so every merge of a large clean-up can be found and undone.
 * Test ids: `merge-history`, `merge-total` (with `data-total`), `merge-row` (with `data-merge-id`,
 * `data-undone`), `merge-undo`, `merge-confirm-undo`, `merge-cancel-undo`, `merge-empty`, `merge-pagination`.
 */
export function MergeHistory({ kw, canUndo }: { kw: string; canUndo: boolean }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const merges = useMerges(kw, page);
  const total = merges.data?.total ?? 0;
  const pageCount = Math.ceil(total / MERGE_PAGE_SIZE);
  const undo = useUndoMerge(kw);
  const [asked, setAsked] = useState<MergeView | null>(null);
  const close = () => {
    setAsked(null);
    undo.reset();
  };
  const lng = i18n.language;

  return (
    <Section title={t('duplicates.merges.title')} testId="merge-history">
      {merges.isPending && <PageLoader />}
      {merges.isError && <QueryError error={merges.error} onRetry={() => void merges.refetch()} />}
      {merges.data?.items.length === 0 && (
        <Text c="dimmed" data-testid="merge-empty">
          {t('duplicates.merges.empty')}
        </Text>
      )}
      {merges.data && merges.data.items.length > 0 && (
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="merge-total" data-total={total}>
          {t('duplicates.merges.total', { count: total, n: formatNumber(total, lng) })}
        </Text>
      )}
      {merges.data && merges.data.items.length > 0 && (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {merges.data.items.map((m) => (
            <Paper component="li" withBorder p="sm" radius="md" key={m.id} data-testid="merge-row" data-merge-id={m.id} data-undone={Boolean(m.undoneAt)}>
              <Group justify="space-between" gap="sm" align="flex-start">
                <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {t('duplicates.merges.what', { merged: m.merged.name, survivor: m.survivor.name })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('duplicates.merges.by', { name: m.createdByName, date: formatDateTime(m.createdAt, lng) })}
                  </Text>
                  <Group gap={6}>
                    {m.automatic && (
                      <Badge variant="light" color="grape" radius="sm" tt="none">
                        {t('duplicates.merges.automatic')}
                      </Badge>
                    )}
                    {m.undoneAt && (
                      <Badge variant="light" color="gray" radius="sm" tt="none">
                        {t('duplicates.merges.undone', { name: m.undoneByName ?? '—', date: formatDateTime(m.undoneAt, lng) })}
                      </Badge>
                    )}
                  </Group>
                </Stack>
                {canUndo && m.canUndo && !m.undoneAt && (
                  <Button variant="default" color="red" leftSection={<IconArrowBackUp size={18} aria-hidden />} onClick={() => setAsked(m)} data-testid="merge-undo">
                    {t('duplicates.merges.undo')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {pageCount > 1 && (
        <Group justify="center" mt="sm">
          <LabelledPagination
            total={pageCount}
            value={Math.min(page, pageCount)}
            onChange={setPage}
            boundaries={1}
            siblings={0}
            aria-label={t('duplicates.merges.pagination')}
            data-testid="merge-pagination"
          />
        </Group>
      )}
      <Modal opened={asked !== null} onClose={close} title={t('duplicates.merges.undoTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text>{asked && t('duplicates.merges.undoBody', { merged: asked.merged.name, survivor: asked.survivor.name })}</Text>
          {undo.isError && (
            <Alert color="red" role="alert" data-testid="merge-undo-error">
              {errorMessage(t, undo.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-testid="merge-cancel-undo">
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={undo.isPending} onClick={() => asked && undo.mutate(asked.id, { onSuccess: close })} data-testid="merge-confirm-undo">
              {t('duplicates.merges.undoConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
