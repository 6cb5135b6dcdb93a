import { Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent, IconEdit, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BatchView, ProgrammeView, Regions } from '../../../api/types';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useProgrammeAccess } from '../access';
import { CapacityMeter } from '../participants/CapacityMeter';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { BatchFormModal } from './BatchFormModal';
import { CompleteBatchButton } from './CompleteBatchButton';
import { SessionList } from './SessionList';

/**
 * One batch (angkatan): dates, venue, trainers, seats, then tabs "Sesi" (sessions and attendance) and
 * "Peserta" (screening and decisions), and "Selesaikan angkatan". Test ids: `batch-card` (with `data-batch-id`,
 * `data-completed`), `batch-edit`, `batch-tab-sessions`, `batch-tab-participants`, `batch-completed`.
 */
export function BatchCard({ kw, programme, batch, regions }: { kw: string; programme: ProgrammeView; batch: BatchView; regions: Regions | undefined }) {
  const { t, i18n } = useTranslation();
  const access = useProgrammeAccess();
  const [editOpen, edit] = useDisclosure(false);
  const completed = batch.completedAt !== null;
  const titleId = `batch-${batch.id}-title`;
  const writes = access.writes && programme.canEdit;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId} data-testid="batch-card" data-batch-id={batch.id} data-completed={String(completed)}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {batch.name}
            </Title>
            <Text size="sm">
              {formatDate(batch.startsOn, i18n.language)} – {formatDate(batch.endsOn, i18n.language)}
              {batch.venue ? ` · ${batch.venue}` : ''}
            </Text>
            {batch.trainers && (
              <Text size="sm" c="dimmed">
                {t('programmes.batch.trainersLine', { trainers: batch.trainers })}
              </Text>
            )}
          </div>
          <Group gap="xs">
            {completed && (
              <Badge color="teal" variant="light" tt="none" data-testid="batch-completed">
                {t('programmes.batch.completedAt', { date: formatDateTime(batch.completedAt, i18n.language) })}
              </Badge>
            )}
            {writes && !completed && (
              <Button variant="default" size="xs" leftSection={<IconEdit size={14} aria-hidden />} onClick={edit.open} data-testid="batch-edit">
                {t('common.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <Tabs defaultValue="sessions" keepMounted={false}>
          <Tabs.List grow>
            <Tabs.Tab value="sessions" leftSection={<IconCalendarEvent size={16} aria-hidden />} data-testid="batch-tab-sessions">
              {t('programmes.batch.tabSessions', { n: batch.sessions.length })}
            </Tabs.Tab>
            <Tabs.Tab value="participants" leftSection={<IconUsers size={16} aria-hidden />} data-testid="batch-tab-participants">
              {t('programmes.batch.tabParticipants', { n: batch.applied + batch.accepted + batch.waitlisted })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sessions" pt="sm">
            <Stack gap="sm">
              <CapacityMeter accepted={batch.accepted} capacity={batch.capacity} waitlisted={batch.waitlisted} />
              <SessionList kw={kw} batch={batch} programmeId={programme.id} writes={writes} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="participants" pt="sm">
            <ParticipantsPanel kw={kw} batch={batch} regions={regions} />
          </Tabs.Panel>
        </Tabs>
        {writes && <CompleteBatchButton kw={kw} batch={batch} minPercent={programme.completionMinPercent} />}
      </Stack>
      {writes && <BatchFormModal key={`${batch.id}-${editOpen}`} kw={kw} programmeId={programme.id} batch={batch} count={programme.batches.length} opened={editOpen} onClose={edit.close} />}
    </Paper>
  );
}
