import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchView, Regions } from '../../../api/types';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { useSession } from '../../auth/session';
import { useProgrammeAccess } from '../access';
import { useParticipants } from '../participants.api';
import { CapacityMeter } from './CapacityMeter';
import { useCodeLabels } from './EligibilityChips';
import { NominateModal } from './NominateModal';
import { ParticipantCard } from './ParticipantCard';

/**
 * "Peserta" of a batch: the capacity meter, "Usulkan peserta", and the screened candidates in rank order
 * (rank 1 is the first to accept). Test ids: `participants-panel`, `participant-nominate`, `participants-empty`.
 */
export function ParticipantsPanel({ kw, batch, regions }: { kw: string; batch: BatchView; regions: Regions | undefined }) {
  const { t } = useTranslation();
  const { tenant } = useSession();
  const access = useProgrammeAccess();
  const [nominateOpen, nominate] = useDisclosure(false);
  const list = useParticipants(kw, batch.id);
  const labels = useCodeLabels(regions);
  const desaName = useMemo(() => {
    const names = new Map((regions?.kecamatan ?? []).flatMap((k) => k.desa.map((d) => [d.code, d.name] as const)));
    return (code: string) => names.get(code);
  }, [regions]);
  const completed = batch.completedAt !== null;
  const items = useMemo(() => [...(list.data?.items ?? [])].sort((a, b) => a.rank - b.rank), [list.data]);

  return (
    <Stack gap="sm" data-testid="participants-panel">
      <CapacityMeter accepted={list.data?.accepted ?? batch.accepted} capacity={list.data?.capacity ?? batch.capacity} waitlisted={batch.waitlisted} />
      {access.nominates && !completed && (
        <Group>
          <Button variant="light" leftSection={<IconUserPlus size={18} aria-hidden />} onClick={nominate.open} w={{ base: '100%', xs: 'auto' }} data-testid="participant-nominate">
            {t('programmes.nominate.open')}
          </Button>
        </Group>
      )}
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && (
        <Text c="dimmed" data-testid="participants-empty">
          {t('programmes.participant.empty')}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('programmes.participant.listLabel', { batch: batch.name })}>
        {items.map((p) => (
          <li key={p.id}>
            <ParticipantCard kw={kw} p={p} labels={labels} desaName={desaName} canDecide={access.writes} batchCompleted={completed} />
          </li>
        ))}
      </Stack>
      {access.nominates && (
        <NominateModal
          kw={kw}
          batchId={batch.id}
          batchName={batch.name}
          regions={regions}
          defaultSource={tenant?.role === 'assistant' ? 'assistant' : null}
          opened={nominateOpen}
          onClose={nominate.close}
        />
      )}
    </Stack>
  );
}
