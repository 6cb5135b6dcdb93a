import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconQrcode, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BatchView, SessionView } from '../../../api/types';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { useDeleteSession } from '../programmes.api';
import { sortSessions } from '../schedule';
import { SessionModal } from './SessionModal';

/** "Selasa, 10 Mar 2026 08.00–12.00". */
function useWhen() {
  const { i18n } = useTranslation();
  return (s: SessionView) => {
    const end = new Date(s.endsAt);
    const endTime = Number.isNaN(end.getTime()) ? '' : new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { timeStyle: 'short' }).format(end);
    return `${formatDateTime(s.startsAt, i18n.language)}–${endTime}`;
  };
}

/**
 * The sessions of a batch in time order with their check-in counts, "Absen" (attendance) for each, and for
 * admins and officers "Tambah sesi" and removal. Test ids: `session-row` (with `data-session-id`),
 * `session-attendance-link`, `session-delete`, `session-add`.
 */
export function SessionList({ kw, batch, programmeId, writes }: { kw: string; batch: BatchView; programmeId: string; writes: boolean }) {
  const { t, i18n } = useTranslation();
  const when = useWhen();
  const [addOpen, add] = useDisclosure(false);
  const remove = useDeleteSession(kw);
  const open = batch.completedAt === null;
  const del = (s: SessionView) => {
    if (!window.confirm(t('programmes.session.deleteConfirm', { title: s.title }))) return;
    remove.mutate(s.id, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(t, e) }) });
  };
  return (
    <Stack gap="xs">
      {batch.sessions.length === 0 && <Text c="dimmed">{t('programmes.session.none')}</Text>}
      {sortSessions(batch.sessions).map((s) => (
        <Paper key={s.id} withBorder p="xs" radius="md" data-testid="session-row" data-session-id={s.id}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text fw={600}>{s.title}</Text>
              <Text size="sm">{when(s)}</Text>
              <Text size="sm" c="dimmed">
                {t('programmes.session.checkedIn', { n: formatNumber(s.checkedIn, i18n.language) })}
              </Text>
            </div>
            <Group gap={4} wrap="nowrap">
              {writes && open && (
                <Button component={Link} to={`/programmes/sessions/${s.id}/absen?p=${programmeId}`} size="sm" leftSection={<IconQrcode size={16} aria-hidden />} data-testid="session-attendance-link">
                  {t('programmes.session.attendance')}
                </Button>
              )}
              {writes && open && s.checkedIn === 0 && (
                <ActionIcon variant="subtle" color="red" size="lg" onClick={() => del(s)} loading={remove.isPending && remove.variables === s.id} aria-label={t('programmes.session.delete', { title: s.title })} data-testid="session-delete">
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          </Group>
        </Paper>
      ))}
      {writes && open && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add.open} data-testid="session-add">
            {t('programmes.session.add')}
          </Button>
        </Group>
      )}
      {writes && <SessionModal key={batch.sessions.length} kw={kw} batch={batch} opened={addOpen} onClose={add.close} />}
    </Stack>
  );
}
