import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { testIdOf } from '../../registry/form/fieldPaths';
import { FOLLOWUP_OFFSET_LIMITS } from '../programmeForm';
import type { ProgrammeFormApi } from './formTypes';

/** Months offered as suggestions; any whole month 1–60 may be typed. */
const SUGGESTED = ['1', '2', '3', '6', '9', '12', '18', '24', '36'];

/**
 * The follow-up plan: how many months after completion the assistants visit (default 1, 3, 6 and 12). Each
 * month becomes a due task for the assistant of the business's kecamatan. Test id: `form-followupOffsetsMonths`.
 */
export function FollowupSection({ form }: { form: ProgrammeFormApi }) {
  const { t } = useTranslation();
  return (
    <Section title={t('programmes.form.sections.followup')}>
      <TagsInput
        label={t('programmes.fields.followupOffsetsMonths')}
        description={t('programmes.form.offsetsHint')}
        data={SUGGESTED}
        maxTags={FOLLOWUP_OFFSET_LIMITS.count}
        splitChars={[',', ' ', ';']}
        inputMode="numeric"
        clearable
        {...form.getInputProps('followupOffsetsMonths')}
        data-testid={testIdOf('followupOffsetsMonths')}
      />
    </Section>
  );
}
