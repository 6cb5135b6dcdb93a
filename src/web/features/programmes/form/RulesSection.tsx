import { Checkbox, Group, NumberInput, SimpleGrid, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { testIdOf } from '../../registry/form/fieldPaths';
import { useOptions } from '../../registry/options';
import { useProgrammeOptions } from '../options';
import type { ProgrammeFormApi } from './formTypes';

const years = { min: 0, max: 100, allowDecimal: false, allowNegative: false, hideControls: true, inputMode: 'numeric' as const };

/**
 * Who may join, without code: scales, sectors and licences to hold (none ticked = no rule), business age,
 * "not in a similar programme within N years", kecamatan quotas and first-time beneficiaries first.
 * Test ids: `rule-scale-<scale>`, `rule-sector-<sector>`, `rule-licence-<kind>`, `form-rules-*`.
 */
export function RulesSection({ form }: { form: ProgrammeFormApi }) {
  const { t } = useTranslation();
  const registry = useOptions();
  const o = useProgrammeOptions();
  const r = (key: string) => t(`programmes.rules.${key}`);
  const group = (path: 'rules.scales' | 'rules.sectors' | 'rules.requiredLicences', prefix: string, options: { value: string; label: string }[]) => (
    <Checkbox.Group label={r(path.slice(6))} description={r('emptyMeansAll')} {...form.getInputProps(path)} data-testid={testIdOf(path)}>
      <Group gap="md" mt={6}>
        {options.map((opt) => (
          <Checkbox key={opt.value} value={opt.value} label={opt.label} data-testid={`rule-${prefix}-${opt.value}`} />
        ))}
      </Group>
    </Checkbox.Group>
  );
  return (
    <Section title={t('programmes.form.sections.rules')}>
      <Text size="sm" c="dimmed">
        {r('intro')}
      </Text>
      {group('rules.scales', 'scale', registry.scales)}
      {group('rules.sectors', 'sector', registry.sectors)}
      {group('rules.requiredLicences', 'licence', o.licences)}
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <NumberInput label={r('minBusinessAgeYears')} rightSection={r('yearsUnit')} rightSectionWidth={56} {...years} {...form.getInputProps('rules.minBusinessAgeYears')} data-testid={testIdOf('rules.minBusinessAgeYears')} />
        <NumberInput label={r('maxBusinessAgeYears')} rightSection={r('yearsUnit')} rightSectionWidth={56} {...years} {...form.getInputProps('rules.maxBusinessAgeYears')} data-testid={testIdOf('rules.maxBusinessAgeYears')} />
        <NumberInput
          label={r('notAttendedWithinYears')}
          description={r('notAttendedHint')}
          rightSection={r('yearsUnit')}
          rightSectionWidth={56}
          {...years}
          min={1}
          max={20}
          {...form.getInputProps('rules.notAttendedWithinYears')}
          data-testid={testIdOf('rules.notAttendedWithinYears')}
        />
      </SimpleGrid>
      <Switch label={r('kecamatanQuota')} description={r('kecamatanQuotaHint')} {...form.getInputProps('rules.kecamatanQuota', { type: 'checkbox' })} data-testid={testIdOf('rules.kecamatanQuota')} />
      <Switch label={r('firstTimeFirst')} description={r('firstTimeFirstHint')} {...form.getInputProps('rules.firstTimeFirst', { type: 'checkbox' })} data-testid={testIdOf('rules.firstTimeFirst')} />
    </Section>
  );
}
