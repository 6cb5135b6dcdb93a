import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../lib/format';
// The app's start-up stylesheet lists only the components it uses at start; this bar is needed only here.
import '@mantine/core/styles/Progress.css';
import type { OutcomesReply } from './followup.types';
import { shareOf } from './outcomeFigures';
import { worklistSearch } from './worklistParams';

/**
 * Follow-up coverage of the scope: check-ins due so far, done, and overdue (with a link to the overdue
 * worklist), because outcome figures are only as good as the visits behind them. Test id: `coverage` (with `data-due`, `data-done`, `data-overdue`).
 */
export function CoverageFigures({ followup, programmeId, kecamatan }: { followup: OutcomesReply['followup']; programmeId: string | null; kecamatan: string | null }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const pct = shareOf(followup.done, followup.due);
  return (
    <Paper withBorder p="md" radius="md" data-testid="coverage" data-due={followup.due} data-done={followup.done} data-overdue={followup.overdue}>
      <Stack gap={6}>
        <Text fw={600}>{t('followup.outcomes.coverage')}</Text>
        <Text size="sm">{t('followup.outcomes.coverageText', { done: n(followup.done), due: n(followup.due), pct: pct ?? '—' })}</Text>
        {followup.due > 0 && <Progress value={pct ?? 0} size="md" color={pct !== null && pct >= 80 ? 'teal' : 'orange'} aria-label={t('followup.outcomes.coverage')} />}
        <Group gap="xs">
          <Text size="sm" c={followup.overdue > 0 ? 'red.8' : undefined}>
            {t('followup.outcomes.overdue', { n: n(followup.overdue) })}
          </Text>
          {followup.overdue > 0 && (
            <Text size="sm" component={Link} to={`/followup${worklistSearch({ state: 'overdue', programmeId: programmeId ?? '', kecamatan: kecamatan ?? '' })}`} c="blue.8" td="underline">
              {t('followup.outcomes.openOverdue')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
