import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconClipboardCheck, IconHistory, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/format';
import type { TaskView } from './followup.types';
import { TaskStateBadge } from './TaskStateBadge';

interface Props {
  task: TaskView;
  /** May record a visit and send a self-report link (not the head of office). */
  writes: boolean;
  onCheckin: (task: TaskView) => void;
  onSelfReport: (task: TaskView) => void;
}

/**
 * One follow-up task: the business (link to its registry page), owner, desa, programme, "+N bulan", due
 * date and state; open tasks offer "Catat kunjungan" and "Kirim tautan lapor mandiri".
 * Test ids: `task-row` (with `data-task-id`), `task-checkin`, `task-self-report`, `task-history`.
 */
export function TaskCard({ task, writes, onCheckin, onSelfReport }: Props) {
  const { t, i18n } = useTranslation();
  const open = task.state !== 'done';
  return (
    <Card withBorder padding="md" radius="md" data-testid="task-row" data-task-id={task.id} data-state={task.state}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={`/businesses/${task.businessId}`} fw={700} style={{ overflowWrap: 'anywhere' }}>
            {task.businessName}
          </Anchor>
          <TaskStateBadge state={task.state} />
        </Group>
        <Text size="sm">
          {task.ownerName} · {task.desaName}, {task.kecamatanName}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color="grape" tt="none">
            {t('followup.offset', { count: task.offsetMonths })}
          </Badge>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {task.programmeTitle}
          </Text>
        </Group>
        <Text size="sm">
          {task.state === 'done' && task.doneOn
            ? t('followup.doneOn', { date: formatDate(task.doneOn, i18n.language) })
            : t('followup.dueOn', { date: formatDate(task.dueOn, i18n.language) })}
        </Text>
        <Group gap="xs" mt={4}>
          {open && writes && (
            <>
              <Button size="sm" leftSection={<IconClipboardCheck size={18} aria-hidden />} onClick={() => onCheckin(task)} data-testid="task-checkin">
                {t('followup.recordVisit')}
              </Button>
              <Button size="sm" variant="default" leftSection={<IconSend size={18} aria-hidden />} onClick={() => onSelfReport(task)} data-testid="task-self-report">
                {t('followup.selfReport.send')}
              </Button>
            </>
          )}
          <Button
            size="sm"
            variant="subtle"
            component={Link}
            to={`/followup/businesses/${task.businessId}`}
            leftSection={<IconHistory size={18} aria-hidden />}
            aria-label={t('followup.historyOf', { name: task.businessName })}
            data-testid="task-history"
          >
            {t('followup.history.link')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
