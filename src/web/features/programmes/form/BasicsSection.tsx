import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { testIdOf } from '../../registry/form/fieldPaths';
import { useProgrammeOptions } from '../options';
import type { ProgrammeFormApi } from './formTypes';

/** Title, kind, topic, year, status and description. Test ids: `form-title`, `form-kind`, `form-topic`, `form-year`, `form-status`, `form-description`. */
export function BasicsSection({ form }: { form: ProgrammeFormApi }) {
  const { t } = useTranslation();
  const o = useProgrammeOptions();
  const f = (key: string) => t(`programmes.fields.${key}`);
  return (
    <Section title={t('programmes.form.sections.basics')}>
      <TextInput label={f('title')} required {...form.getInputProps('title')} data-testid={testIdOf('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select label={f('kind')} data={o.kinds} allowDeselect={false} required {...form.getInputProps('kind')} data-testid={testIdOf('kind')} />
        <Select
          label={f('topic')}
          description={t('programmes.form.topicHint')}
          data={o.topics}
          allowDeselect={false}
          required
          {...form.getInputProps('topic')}
          data-testid={testIdOf('topic')}
        />
        <NumberInput label={f('year')} min={2000} max={2100} allowDecimal={false} hideControls inputMode="numeric" required {...form.getInputProps('year')} data-testid={testIdOf('year')} />
        <Select
          label={f('status')}
          description={t('programmes.form.statusHint')}
          data={o.statuses}
          allowDeselect={false}
          {...form.getInputProps('status')}
          data-testid={testIdOf('status')}
        />
      </SimpleGrid>
      <Textarea label={f('description')} autosize minRows={2} maxRows={8} {...form.getInputProps('description')} data-testid={testIdOf('description')} />
    </Section>
  );
}
