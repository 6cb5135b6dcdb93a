import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../lib/messages';
import { conflictRows, defaultTakes, resolveBody } from './conflict';
import { useResolveConflict } from './followup.api';
import type { ConflictField, ObservedValues, Take } from './followup.types';
import { useObservedText } from './observedText';

interface Props {
  kw: string;
  checkinId: string;
  businessId: string;
  /** The registry's values now and the version they belong to. */
  registry: ObservedValues;
  businessVersion: number;
  /** What the visit recorded. */
  checkin: ObservedValues;
  /** The fields the server flagged. */
  flagged: readonly ConflictField[];
  onResolved: () => void;
  /** Called after a version 409 (the business changed again): the caller reloads the registry's values. */
  onStale: () => void;
}

/**
 * The side-by-side resolution of a conflicted check-in: for each differing field, the registry's value and
 * the visit's, pick one (the visit's by default: it is the newer observation). Nothing is lost: the check-in
 * stays in the history whichever is kept. Used by the check-in dialog and the conflicts page.
 * Test ids: `conflict-resolver`, `conflict-field-<field>`, `conflict-take-<field>-<registry|checkin>`, `conflict-save`, `conflict-error`.
 */
export function ConflictResolver({ kw, checkinId, businessId, registry, businessVersion, checkin, flagged, onResolved, onStale }: Props) {
  const { t } = useTranslation();
  const text = useObservedText();
  const rows = conflictRows(registry, checkin, flagged);
  const [takes, setTakes] = useState<Record<ConflictField, Take>>(() => defaultTakes(checkin));
  const resolve = useResolveConflict(kw);

  const save = () =>
    resolve.mutate(
      { checkinId, businessId, body: resolveBody(businessVersion, checkin, Object.fromEntries(rows.map((r) => [r.field, takes[r.field]]))) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('followup.conflict.resolved') });
          onResolved();
        },
        onError: (e) => {
          if (isApiError(e, 409) && e.messageKey === 'errors.conflict.version') onStale();
        },
      },
    );

  return (
    <Stack gap="sm" data-testid="conflict-resolver">
      <Text size="sm">{t('followup.conflict.explain')}</Text>
      {resolve.isError && (
        <Alert color={isApiError(resolve.error, 409) ? 'orange' : 'red'} role="alert" data-testid="conflict-error">
          {isApiError(resolve.error, 409) && resolve.error.messageKey === 'errors.conflict.version' ? t('followup.conflict.changedAgain') : errorMessage(t, resolve.error)}
        </Alert>
      )}
      {rows.length === 0 && <Text c="dimmed">{t('followup.conflict.nothingDiffers')}</Text>}
      {rows.map((row) => (
        <Radio.Group
          key={row.field}
          label={t(`followup.conflictField.${row.field}`)}
          value={takes[row.field]}
          onChange={(v) => setTakes((prev) => ({ ...prev, [row.field]: v }))}
          data-testid={`conflict-field-${row.field}`}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt={6}>
            {(['registry', 'checkin'] as const).map((side) => (
              <Paper key={side} withBorder p="sm" radius="md" bg={takes[row.field] === side ? 'blue.0' : undefined}>
                <Radio
                  value={side}
                  disabled={side === 'checkin' && row.checkin === null}
                  label={<Text fw={600} size="sm">{t(`followup.conflict.${side}`)}</Text>}
                  description={<Text span size="md" c="dark">{text(row.field, row[side])}</Text>}
                  data-testid={`conflict-take-${row.field}-${side}`}
                />
              </Paper>
            ))}
          </SimpleGrid>
        </Radio.Group>
      ))}
      <Group justify="flex-end">
        <Button onClick={save} loading={resolve.isPending} data-testid="conflict-save">
          {t('followup.conflict.save')}
        </Button>
      </Group>
    </Stack>
  );
}
