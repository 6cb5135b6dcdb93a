import { Alert, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Regions } from '../../../api/types';
import { Section } from '../../../components/Section';
import { formatNumber } from '../../../lib/format';
import { testIdOf } from '../../registry/form/fieldPaths';
import { targetTotal } from '../programmeForm';
import type { MaybeNumber } from '../rules';
import type { ProgrammeFormApi } from './formTypes';

/**
 * Target participants per kecamatan (the regency's list) with their total, and the completion rule
 * (minimum share of sessions attended). Targets are replaced as a whole: kecamatan codes contain dots.
 * Test ids: `form-target-<kecamatan code>`, `form-target-total`, `form-completionMinPercent`.
 */
export function TargetsSection({ form, regions }: { form: ProgrammeFormApi; regions: Regions | undefined }) {
  const { t, i18n } = useTranslation();
  const targets = form.getValues().targets;
  const setTarget = (code: string, value: MaybeNumber) => form.setFieldValue('targets', { ...form.getValues().targets, [code]: value });
  const error = form.errors.targets;
  return (
    <Section title={t('programmes.form.sections.targets')}>
      <Text size="sm" c="dimmed">
        {t('programmes.form.targetsHint')}
      </Text>
      {error && (
        <Alert color="red" role="alert" data-testid="form-targets">
          {error}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" verticalSpacing="xs">
        {(regions?.kecamatan ?? []).map((k) => (
          <NumberInput
            key={k.code}
            label={k.name}
            min={0}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            inputMode="numeric"
            value={targets[k.code] ?? ''}
            onChange={(v) => setTarget(k.code, typeof v === 'number' ? v : '')}
            data-testid={`form-target-${k.code}`}
          />
        ))}
      </SimpleGrid>
      <Text fw={600} data-testid="form-target-total" data-value={targetTotal(targets)}>
        {t('programmes.form.targetTotal', { n: formatNumber(targetTotal(targets), i18n.language) })}
      </Text>
      <NumberInput
        label={t('programmes.fields.completionMinPercent')}
        description={t('programmes.form.completionHint')}
        min={1}
        max={100}
        allowDecimal={false}
        hideControls
        inputMode="numeric"
        rightSection="%"
        w={{ base: '100%', xs: 260 }}
        {...form.getInputProps('completionMinPercent')}
        data-testid={testIdOf('completionMinPercent')}
      />
    </Section>
  );
}
