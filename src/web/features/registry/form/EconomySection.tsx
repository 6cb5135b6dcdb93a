import { Checkbox, NumberInput, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput';
import { Section } from '../../../components/Section';
import { useOptions } from '../options';
import type { BusinessFormValues } from './formValues';

/** Capital, annual sales, workers by gender and sales channels. */
export function EconomySection({ form }: { form: UseFormReturnType<BusinessFormValues> }) {
  const { t } = useTranslation();
  const options = useOptions();
  const f = (key: string) => t(`business.fields.${key}`);
  const count = (path: 'workersMale' | 'workersFemale') => (
    <NumberInput
      label={f(path)}
      allowDecimal={false}
      allowNegative={false}
      min={0}
      max={100000}
      inputMode="numeric"
      data-testid={`form-${path}`}
      {...form.getInputProps(path)}
    />
  );
  return (
    <Section title={t('business.sections.economy')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RupiahInput label={f('capital')} description={t('business.form.rupiahHint')} data-testid="form-capital" {...form.getInputProps('capital')} />
        <RupiahInput label={f('annualSales')} description={t('business.form.rupiahHint')} data-testid="form-annualSales" {...form.getInputProps('annualSales')} />
        {count('workersMale')}
        {count('workersFemale')}
      </SimpleGrid>
      <Checkbox.Group label={f('salesChannels')} data-testid="form-salesChannels" {...form.getInputProps('salesChannels')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
          {options.channels.map((c) => (
            <Checkbox key={c.value} value={c.value} label={c.label} data-testid={`form-salesChannels-${c.value}`} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Section>
  );
}
