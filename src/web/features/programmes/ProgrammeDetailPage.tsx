import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconChartLine, IconEdit, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { useTenantCode } from '../auth/session';
import { useRegions } from '../registry/registry.api';
import { useProgrammeAccess } from './access';
import { BatchCard } from './batches/BatchCard';
import { BatchFormModal } from './batches/BatchFormModal';
import { ProgrammeFacts } from './ProgrammeFacts';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { useProgramme } from './programmes.api';

/**
 * One programme (/programmes/:id): its facts and rules, then its batches with sessions, attendance,
 * participants and completion; "Hasil pendampingan" opens its outcome dashboard.
 * Test ids: `programme-title`, `programme-edit`, `programme-outcomes`, `programme-add-batch`, `programme-back`.
 */
export default function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { id } = useParams();
  const access = useProgrammeAccess();
  const regions = useRegions(kw);
  const programme = useProgramme(kw, id);
  const [batchOpen, batchModal] = useDisclosure(false);

  if (programme.isPending) return <PageLoader />;
  if (programme.isError) return <QueryError error={programme.error} onRetry={() => void programme.refetch()} />;
  const p = programme.data;
  const writes = access.writes && p.canEdit;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Button component={Link} to={`/programmes?year=${p.year}`} variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} aria-hidden />} w="fit-content" data-testid="programme-back">
            {t('programmes.backToList')}
          </Button>
          <PageTitle text={p.title} testId="programme-title" />
          <Group gap={6}>
            <ProgrammeStatusBadge status={p.status} />
          </Group>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to={`/programmes/${p.id}/outcomes`} variant="default" leftSection={<IconChartLine size={18} aria-hidden />} data-testid="programme-outcomes">
            {t('programmes.detail.outcomes')}
          </Button>
          {writes && (
            <Button component={Link} to={`/programmes/${p.id}/edit`} variant="default" leftSection={<IconEdit size={18} aria-hidden />} data-testid="programme-edit">
              {t('common.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Section title={t('programmes.detail.about')}>
        <ProgrammeFacts p={p} regions={regions.data} />
      </Section>
      <Section
        title={t('programmes.detail.batches', { n: p.batches.length })}
        testId="programme-batches"
        actions={
          writes ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={batchModal.open} data-testid="programme-add-batch">
              {t('programmes.batch.add')}
            </Button>
          ) : undefined
        }
      >
        {p.batches.length === 0 && t('programmes.batch.none')}
        {p.batches.map((b) => (
          <BatchCard key={b.id} kw={kw} programme={p} batch={b} regions={regions.data} />
        ))}
      </Section>
      {writes && <BatchFormModal key={`new-${p.batches.length}-${batchOpen}`} kw={kw} programmeId={p.id} count={p.batches.length} opened={batchOpen} onClose={batchModal.close} />}
    </Stack>
  );
}
