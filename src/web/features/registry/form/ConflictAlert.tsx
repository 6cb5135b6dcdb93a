import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type ConflictState =
  | { kind: 'none' }
  | { kind: 'conflict' }
  | { kind: 'reloaded'; changedByOthers: string[]; changedByBoth: string[] }
  | { kind: 'deleted' };

/**
 * Shown after a 409: someone else saved first. "Muat versi terbaru" loads the latest version
 * while keeping what the user typed. Test ids: `form-conflict`, `form-conflict-reload`.
 */
export function ConflictAlert({ state, loading, onReload }: { state: ConflictState; loading: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  if (state.kind === 'none') return null;
  if (state.kind === 'deleted') {
    return (
      <Alert color="red" role="alert" data-testid="form-conflict">
        {t('business.form.conflictDeleted')}
      </Alert>
    );
  }
  if (state.kind === 'reloaded') {
    return (
      <Alert color="blue" icon={<IconRefresh aria-hidden />} role="status" data-testid="form-conflict-reloaded">
        <Stack gap={4}>
          <Text size="sm">{t('business.form.conflictReloaded')}</Text>
          {state.changedByOthers.length > 0 && <Text size="sm">{t('business.form.conflictChangedFields', { fields: state.changedByOthers.join(', ') })}</Text>}
          {state.changedByBoth.length > 0 && (
            <Text size="sm" fw={600}>
              {t('business.form.conflictBothChanged', { fields: state.changedByBoth.join(', ') })}
            </Text>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="orange" icon={<IconUsers aria-hidden />} title={t('business.form.conflictTitle')} role="alert" data-testid="form-conflict">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('errors.conflict.version')}</Text>
        <Button onClick={onReload} loading={loading} leftSection={<IconRefresh size={18} aria-hidden />} data-testid="form-conflict-reload">
          {t('business.form.conflictReload')}
        </Button>
      </Stack>
    </Alert>
  );
}
