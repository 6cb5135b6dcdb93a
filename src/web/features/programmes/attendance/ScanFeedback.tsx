import { Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../../../lib/messages';
import type { Feedback } from './scan';

const LOOK = {
  ok: { bg: 'green.7', Icon: IconCircleCheck },
  again: { bg: 'orange.6', Icon: IconRepeat },
  error: { bg: 'red.7', Icon: IconAlertTriangle },
} as const;

/** A logged result with when it happened. */
export interface LoggedFeedback extends Feedback {
  id: number;
  at: string;
}

/**
 * The last result, big enough to read at arm's length: green "Hadir: <name>", orange "sudah tercatat hadir",
 * red for a refused code; below it, the last few results. Announced to screen readers.
 * Test ids: `attendance-feedback` (with `data-kind`), `attendance-log-item` (with `data-kind`).
 */
export function ScanFeedback({ log }: { log: LoggedFeedback[] }) {
  const { t } = useTranslation();
  const last = log[0];
  return (
    <Stack gap="xs" aria-live="polite">
      {last && (
        <Paper key={last.id} bg={LOOK[last.kind].bg} c="white" p="md" radius="md" data-testid="attendance-feedback" data-kind={last.kind} role="status">
          <Stack gap={4} align="center" ta="center">
            {(() => {
              const Icon = LOOK[last.kind].Icon;
              return <Icon size={40} aria-hidden />;
            })()}
            <Text fz={22} fw={800} lh={1.25} style={{ overflowWrap: 'anywhere' }}>
              {translateKey(t, last.messageKey, last.params)}
            </Text>
          </Stack>
        </Paper>
      )}
      {log.length > 0 && (
        <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('programmes.attendance.recent')}>
          {log.map((item) => (
            <Text key={item.id} component="li" size="sm" c={item.kind === 'ok' ? 'green.9' : item.kind === 'again' ? 'orange.9' : 'red.9'} data-testid="attendance-log-item" data-kind={item.kind}>
              {item.at} · {translateKey(t, item.messageKey, item.params)}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
