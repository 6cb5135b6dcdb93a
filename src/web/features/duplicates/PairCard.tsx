import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowsJoin, IconX } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { useTranslation } from 'react-i18next';
import type { PairView } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { differingFields, olderOf, scorePercent } from './compare';
import { useDecide } from './duplicates.api';
import { ReasonChips } from './ReasonChips';
import { RecordColumn } from './RecordColumn';

/**
 * One candidate pair: the match score as a percentage with its reasons, the two records side by side
 * (stacked on phones) with their differences highlighted, and for an open pair the choice of the record
 * that stays (the older one by default) with "Sama (gabungkan)" and "Bukan sama".
 * Test ids: `dup-pair` (with `data-pair-id`, `data-status`), `dup-score`, `dup-same`, `dup-not-same`, `dup-decided`.
 */
export function PairCard({ kw, pair, canDecide }: { kw: string; pair: PairView; canDecide: boolean }) {
  const { t, i18n } = useTranslation();
  const decide = useDecide(kw);
  const [keep, setKeep] = useState(() => olderOf(pair.a, pair.b).id);
  const differing = differingFields(pair.a, pair.b);
  const open = pair.status === 'open';
  const choosable = open && canDecide;
  const percent = scorePercent(pair.score);
  const titleId = `dup-pair-${pair.id}-title`;
  const send = (decision: 'same' | 'not_same') =>
    decide.mutate(
      { pairId: pair.id, decision, ...(decision === 'same' ? { keep } : {}) },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t(decision === 'same' ? 'duplicates.mergedDone' : 'duplicates.notSameDone') }),
        // The pair leaves the list after a reload, so say why where it stays visible.
        onError: (e) => {
          if (isApiError(e, 404, 409)) notifications.show({ color: 'orange', message: errorMessage(t, e) });
        },
      },
    );

  const columns = (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <RecordColumn card={pair.a} side="A" differing={differing} choosable={choosable} />
      <RecordColumn card={pair.b} side="B" differing={differing} choosable={choosable} />
    </SimpleGrid>
  );

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId} data-testid="dup-pair" data-pair-id={pair.id} data-status={pair.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {t('duplicates.pairTitle', { a: pair.a.name, b: pair.b.name })}
          </Title>
          <Text fw={800} fz={22} c={percent >= 90 ? 'red.8' : percent >= 75 ? 'orange.8' : 'dark'} data-testid="dup-score" data-score={pair.score}>
            {t('duplicates.score', { percent })}
          </Text>
        </Group>
        <ReasonChips reasons={pair.reasons} />
        {choosable ? (
          <Radio.Group value={keep} onChange={setKeep} label={t('duplicates.keepLabel')} description={t('duplicates.keepHint')}>
            <div style={{ marginTop: 8 }}>{columns}</div>
          </Radio.Group>
        ) : (
          columns
        )}
        {!open && pair.decidedAt && (
          <Text size="sm" c="dimmed" data-testid="dup-decided">
            {t(`duplicates.decided.${pair.status}`, { name: pair.decidedByName ?? '—', date: formatDateTime(pair.decidedAt, i18n.language) })}
          </Text>
        )}
        {decide.isError && !isApiError(decide.error, 404, 409) && (
          <Alert color="red" role="alert" data-testid="dup-error">
            {errorMessage(t, decide.error)}
          </Alert>
        )}
        {choosable && (
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              leftSection={<IconX size={18} aria-hidden />}
              loading={decide.isPending && decide.variables?.decision === 'not_same'}
              disabled={decide.isPending}
              onClick={() => send('not_same')}
              w={{ base: '100%', xs: 'auto' }}
              data-testid="dup-not-same"
            >
              {t('duplicates.notSame')}
            </Button>
            <Button
              leftSection={<IconArrowsJoin size={18} aria-hidden />}
              loading={decide.isPending && decide.variables?.decision === 'same'}
              disabled={decide.isPending}
              onClick={() => send('same')}
              w={{ base: '100%', xs: 'auto' }}
              data-testid="dup-same"
            >
              {t('duplicates.same')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
