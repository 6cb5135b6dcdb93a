import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProgrammeStatus, ProgrammeSummary } from '../../api/types';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { formatNumber } from '../../lib/format';
import { percentOf } from './needs';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { useProgrammes } from './programmes.api';

/** "12 / 40 peserta" with a bar; over 100 % when more were accepted than targeted. */
export function TargetMeter({ target, realised, testId }: { target: number; realised: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const pct = percentOf(realised, target);
  return (
    <Stack gap={4} data-testid={testId} data-target={target} data-realised={realised}>
      <Text size="sm">{target > 0 ? t('programmes.targetVsRealised', { realised: n(realised), target: n(target) }) : t('programmes.realisedNoTarget', { realised: n(realised) })}</Text>
      {target > 0 && <Progress value={Math.min(pct, 100)} color={pct >= 100 ? 'teal' : 'blue'} size="sm" aria-label={t('programmes.targetPercent', { pct })} />}
    </Stack>
  );
}

function ProgrammeCard({ p }: { p: ProgrammeSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" radius="md" component={Link} to={`/programmes/${p.id}`} className="clickable-card" data-testid="programme-row" data-programme-id={p.id} data-status={p.status}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={700} c="blue.9" style={{ overflowWrap: 'anywhere' }}>
            {p.title}
          </Text>
          <ProgrammeStatusBadge status={p.status} />
        </Group>
        <Group gap={6}>
          <Badge variant="light" color="grape" tt="none">
            {t(`programmes.kind.${p.kind}`)}
          </Badge>
          <Badge variant="light" color="cyan" tt="none">
            {t(`programmes.topic.${p.topic}`)}
          </Badge>
        </Group>
        <TargetMeter target={p.target} realised={p.realised} />
        <Text size="sm" c="dimmed" data-testid="programme-batch-count" data-value={p.batchCount}>
          {t('programmes.batchCount', { count: p.batchCount })}
        </Text>
      </Stack>
    </Card>
  );
}

/** The programmes of a year as cards (one column on phones). Test ids: `programme-row` (with `data-programme-id`), `programme-empty`. */
export function ProgrammeList({ kw, year, status }: { kw: string; year: number; status?: ProgrammeStatus }) {
  const { t } = useTranslation();
  const list = useProgrammes(kw, year, status);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) {
    return (
      <Text c="dimmed" data-testid="programme-empty">
        {t('programmes.empty', { year })}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {list.data.items.map((p) => (
        <li key={p.id}>
          <ProgrammeCard p={p} />
        </li>
      ))}
    </SimpleGrid>
  );
}
