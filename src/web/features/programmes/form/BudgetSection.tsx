import { Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput';
import { Section } from '../../../components/Section';
import { testIdOf } from '../../registry/form/fieldPaths';
import { ELEMENTS, useProgrammeOptions } from '../options';
import type { ProgrammeFormApi } from './formTypes';

/**
 * The budget line (RKA/DPA code and amount), the empowerment factor, the element it claims (enabling /
 * empowering / protecting, each with a one-line explanation) and the partners.
 * Test ids: `form-budgetCode`, `form-budgetAmount`, `form-factor`, `form-element-<element>`, `form-partners`.
 */
export function BudgetSection({ form }: { form: ProgrammeFormApi }) {
  const { t } = useTranslation();
  const o = useProgrammeOptions();
  const f = (key: string) => t(`programmes.fields.${key}`);
  return (
    <Section title={t('programmes.form.sections.budget')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={f('budgetCode')} description={t('programmes.form.budgetCodeHint')} {...form.getInputProps('budgetCode')} data-testid={testIdOf('budgetCode')} />
        <RupiahInput label={f('budgetAmount')} description={t('business.form.rupiahHint')} {...form.getInputProps('budgetAmount')} data-testid={testIdOf('budgetAmount')} />
      </SimpleGrid>
      <Select label={f('factor')} data={o.factors} allowDeselect={false} {...form.getInputProps('factor')} data-testid={testIdOf('factor')} />
      <Radio.Group label={f('element')} description={t('programmes.form.elementHint')} {...form.getInputProps('element')}>
        <Stack gap="xs" mt="xs">
          {ELEMENTS.map((element) => (
            <Radio
              key={element}
              value={element}
              label={t(`programmes.element.${element}`)}
              description={<Text span size="sm" c="dimmed">{t(`programmes.elementHelp.${element}`)}</Text>}
              data-testid={`form-element-${element}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput label={f('partners')} description={t('programmes.form.partnersHint')} {...form.getInputProps('partners')} data-testid={testIdOf('partners')} />
    </Section>
  );
}
