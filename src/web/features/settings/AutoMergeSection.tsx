import { Alert, NumberInput, Stack, Switch, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeSettings } from '../../api/types';
import { Section } from '../../components/Section';
import { numberSeparators } from '../../lib/format';
import { AUTO_MERGE_DEFAULT, AUTO_MERGE_MAX, AUTO_MERGE_MIN } from './settingsFields';

/**
 * "Penggabungan otomatis": off by default (every pair waits for a person). When on, duplicate pairs that
 * score at least the threshold (0,80–1,00) are merged without review; every merge can still be undone.
 * Test ids: `settings-auto-merge-enabled` (the switch), `settings-auto-merge` (the threshold).
 */
export function AutoMergeSection({ form }: { form: UseFormReturnType<OfficeSettings> }) {
  const { t, i18n } = useTranslation();
  const value = form.values.autoMergeThreshold ?? null;
  const enabled = value !== null;
  // What is typed (may be empty or half-typed); the form keeps the last complete number.
  const [draft, setDraft] = useState<string | number>(value ?? AUTO_MERGE_DEFAULT);
  const error = form.errors.autoMergeThreshold;
  return (
    <Section title={t('settings.autoMerge.title')} testId="settings-auto-merge-section">
      <Text size="sm" c="dimmed">
        {t('settings.autoMerge.hint')}
      </Text>
      <Stack gap="sm">
        <Switch
          size="md"
          label={t('settings.autoMerge.enabled')}
          description={t('settings.autoMerge.enabledHint')}
          checked={enabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            const next = typeof draft === 'number' && draft >= AUTO_MERGE_MIN && draft <= AUTO_MERGE_MAX ? draft : AUTO_MERGE_DEFAULT;
            setDraft(next);
            form.setFieldValue('autoMergeThreshold', on ? next : null);
          }}
          data-testid="settings-auto-merge-enabled"
        />
        <NumberInput
          label={t('settings.autoMerge.threshold')}
          description={enabled ? t('settings.autoMerge.thresholdHint', { percent: Math.round((value ?? 0) * 100) }) : t('settings.autoMerge.never')}
          {...numberSeparators(i18n.language)}
          thousandSeparator={undefined}
          min={AUTO_MERGE_MIN}
          max={AUTO_MERGE_MAX}
          step={0.01}
          decimalScale={2}
          fixedDecimalScale
          clampBehavior="blur"
          allowNegative={false}
          inputMode="decimal"
          disabled={!enabled}
          value={draft}
          onChange={(v) => {
            setDraft(v);
            if (typeof v === 'number') form.setFieldValue('autoMergeThreshold', v);
          }}
          error={error}
          maw={320}
          data-testid="settings-auto-merge"
        />
      </Stack>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('settings.autoMerge.note')}
      </Alert>
    </Section>
  );
}
