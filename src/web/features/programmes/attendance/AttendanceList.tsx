import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconCircleCheckFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttendanceItem } from '../../../api/types';
import { formatDateTime } from '../../../lib/format';

/**
 * The accepted participants of the session with a large tick button each (for those without their QR);
 * checked-in rows show the time and how (QR or list). Test ids: `attendance-row` (with `data-participant-id`,
 * `data-checked`), `attendance-tick`.
 */
export function AttendanceList({ items, busyId, onTick }: { items: AttendanceItem[]; busyId: string | null; onTick: (participantId: string) => void }) {
  const { t, i18n } = useTranslation();
  const sorted = [...items].sort((a, b) => Number(a.checkedInAt !== null) - Number(b.checkedInAt !== null) || a.ownerName.localeCompare(b.ownerName));
  if (items.length === 0) return <Text c="dimmed">{t('programmes.attendance.noneAccepted')}</Text>;
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('programmes.attendance.listLabel')}>
      {sorted.map((item) => {
        const checked = item.checkedInAt !== null;
        return (
          <li key={item.participantId}>
            <Paper withBorder p="xs" radius="md" bg={checked ? 'green.0' : undefined} data-testid="attendance-row" data-participant-id={item.participantId} data-checked={String(checked)}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {item.ownerName}
                  </Text>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {item.businessName}
                  </Text>
                  {checked && (
                    <Text size="xs" c="green.9">
                      {t(`programmes.attendance.checkedAt.${item.method ?? 'list'}`, { time: formatDateTime(item.checkedInAt, i18n.language) })}
                    </Text>
                  )}
                </div>
                {checked ? (
                  <IconCircleCheckFilled size={32} color="var(--mantine-color-green-7)" aria-label={t('programmes.attendance.isPresent')} />
                ) : (
                  <Button
                    size="md"
                    color="green"
                    variant="light"
                    leftSection={<IconCheck size={18} aria-hidden />}
                    loading={busyId === item.participantId}
                    onClick={() => onTick(item.participantId)}
                    aria-label={t('programmes.attendance.tickFor', { name: item.ownerName })}
                    data-testid="attendance-tick"
                  >
                    {t('programmes.attendance.tick')}
                  </Button>
                )}
              </Group>
            </Paper>
          </li>
        );
      })}
    </Stack>
  );
}
