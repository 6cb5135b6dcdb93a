import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { useOptions } from '../options';
import type { BusinessFormValues } from './formValues';

/** Name, sector, KBLI, start year, status and its reason. */
export function BusinessSection({ form }: { form: UseFormReturnType<BusinessFormValues> }) {
  const { t } = useTranslation();
  const options = useOptions();
  const f = (key: string) => t(`business.fields.${key}`);
  const status = form.values.status;
  return (
    <Section title={t('business.sections.business')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={f('name')} required maxLength={160} data-testid="form-name" {...form.getInputProps('name')} />
        <Select label={f('sector')} required data={options.sectors} allowDeselect={false} data-testid="form-sector" {...form.getInputProps('sector')} />
        <TextInput label={f('kbli')} inputMode="numeric" maxLength={5} data-testid="form-kbli" {...form.getInputProps('kbli')} />
        <NumberInput
          label={f('startYear')}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          min={1900}
          max={new Date().getFullYear()}
          hideControls
          inputMode="numeric"
          data-testid="form-startYear"
          {...form.getInputProps('startYear')}
        />
        <Select label={f('status')} required data={options.statuses} allowDeselect={false} data-testid="form-status" {...form.getInputProps('status')} />
        {status !== 'active' && (
          <Textarea
            label={f('statusReason')}
            description={t('business.form.statusReasonHint')}
            required
            autosize
            minRows={2}
            maxLength={300}
            data-testid="form-statusReason"
            {...form.getInputProps('statusReason')}
          />
        )}
      </SimpleGrid>
    </Section>
  );
}
