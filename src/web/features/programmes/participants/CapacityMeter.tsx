import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { capacityState } from '../decisions';

/** "12/25 diterima" with a bar that turns orange when full. Test id: `batch-capacity-meter` (with `data-accepted`, `data-capacity`). */
export function CapacityMeter({ accepted, capacity, waitlisted }: { accepted: number; capacity: number; waitlisted?: number }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const state = capacityState(accepted, capacity);
  return (
    <Stack gap={4} data-testid="batch-capacity-meter" data-accepted={accepted} data-capacity={capacity}>
      <Group justify="space-between" gap="xs">
        <Text fw={700}>{t('programmes.batch.capacityMeter', { accepted: n(accepted), capacity: n(capacity) })}</Text>
        <Text size="sm" c={state.full ? 'orange.9' : 'dimmed'}>
          {state.full ? t('programmes.batch.full') : t('programmes.batch.seatsLeft', { n: n(state.left) })}
          {waitlisted ? ` · ${t('programmes.batch.waitlisted', { n: n(waitlisted) })}` : ''}
        </Text>
      </Group>
      <Progress value={state.percent} color={state.full ? 'orange' : 'green'} size="lg" aria-label={t('programmes.batch.capacityMeter', { accepted: n(accepted), capacity: n(capacity) })} />
    </Stack>
  );
}
