import { Alert, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OfficeSettings } from '../../api/types';
import { Section } from '../../components/Section';
import { SCALE_RULE_IDS } from './settingsFields';

/**
 * "Aturan klasifikasi skala usaha": PP 7/2021 (current, default) or UU 20/2008 (older, still quoted),
 * with the note that the rule applies to businesses saved from now on and every record keeps its rule.
 * Test ids: `settings-scaleRule` (the group), `settings-scaleRule-PP7_2021`, `settings-scaleRule-UU20_2008`.
 */
export function ScaleRuleSection({ form }: { form: UseFormReturnType<OfficeSettings> }) {
  const { t } = useTranslation();
  return (
    <Section title={t('settings.scaleRuleTitle')} testId="settings-scale-section">
      <Radio.Group label={t('settings.scaleRuleLabel')} size="md" data-testid="settings-scaleRule" {...form.getInputProps('scaleRuleId')}>
        <Stack gap="md" mt="xs">
          {SCALE_RULE_IDS.map((id) => (
            <Radio
              key={id}
              value={id}
              label={t(`settings.rules.${id}.label`)}
              description={t(`settings.rules.${id}.description`)}
              data-testid={`settings-scaleRule-${id}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="settings-scaleRule-note">
        {t('settings.scaleRuleNote')}
      </Alert>
    </Section>
  );
}
