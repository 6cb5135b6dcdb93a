import { Checkbox, Group, NumberInput, Radio, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../api/types';
import { RupiahInput } from '../../components/RupiahInput';
import { formatNumber, formatRupiah } from '../../lib/format';
import { useProgrammeOptions } from '../programmes/options';
import { useOptions } from '../registry/options';
import type { CheckinFormValues } from './checkinForm';
import { monthlyOf } from './checkinForm';
import { FOLLOWUP_LICENCES } from './constants';

type Form = UseFormReturnType<CheckinFormValues>;
const f = (t: (k: string) => string, key: string) => t(`followup.fields.${key}`);

/** Visit date, trading status and (when not active) the reason. Test ids: `checkin-visitedOn`, `checkin-status-<status>`, `checkin-statusReason`. */
export function VisitFields({ form, today }: { form: Form; today: string }) {
  const { t } = useTranslation();
  const options = useOptions();
  const status = form.getValues().status;
  return (
    <>
      <TextInput type="date" label={f(t, 'visitedOn')} max={today} required {...form.getInputProps('visitedOn')} data-testid="checkin-visitedOn" />
      <Radio.Group label={f(t, 'status')} required {...form.getInputProps('status')}>
        <Group gap="md" mt="xs">
          {options.statuses.map((s) => (
            <Radio key={s.value} value={s.value} label={s.label} data-testid={`checkin-status-${s.value}`} />
          ))}
        </Group>
      </Radio.Group>
      {status !== 'active' && (
        <Textarea
          label={f(t, 'statusReason')}
          description={t('followup.form.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('statusReason')}
          data-testid="checkin-statusReason"
        />
      )}
    </>
  );
}

/** Monthly sales, workers by gender and sales channels, each with what the registry last knew. */
export function FigureFields({ form, business }: { form: Form; business: BusinessDetail }) {
  const { t, i18n } = useTranslation();
  const options = useOptions();
  const lng = i18n.language;
  const monthly = monthlyOf(business.annualSales);
  const count = (path: 'workersMale' | 'workersFemale', previous: number) => (
    <NumberInput
      label={f(t, path)}
      description={t('followup.form.previousCount', { n: formatNumber(previous, lng) })}
      allowDecimal={false}
      allowNegative={false}
      min={0}
      max={100000}
      hideControls
      inputMode="numeric"
      {...form.getInputProps(path)}
      data-testid={`checkin-${path}`}
    />
  );
  return (
    <>
      <RupiahInput
        label={f(t, 'monthlySales')}
        description={monthly === null ? t('followup.form.noPreviousSales') : t('followup.form.previousSales', { amount: formatRupiah(monthly, lng) })}
        {...form.getInputProps('monthlySales')}
        data-testid="checkin-monthlySales"
      />
      <SimpleGrid cols={{ base: 2 }} spacing="sm">
        {count('workersMale', business.workersMale)}
        {count('workersFemale', business.workersFemale)}
      </SimpleGrid>
      <Checkbox.Group label={f(t, 'salesChannels')} {...form.getInputProps('salesChannels')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
          {options.channels.map((c) => (
            <Checkbox key={c.value} value={c.value} label={c.label} data-testid={`checkin-channel-${c.value}`} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </>
  );
}

/** New products, licences obtained since the last visit, problems and needs (the programme topics). */
export function GrowthFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const programmeOptions = useProgrammeOptions();
  return (
    <>
      <Textarea label={f(t, 'newProducts')} autosize minRows={1} maxLength={500} {...form.getInputProps('newProducts')} data-testid="checkin-newProducts" />
      <Checkbox.Group label={f(t, 'licencesObtained')} description={t('followup.form.licencesHint')} {...form.getInputProps('licencesObtained')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
          {FOLLOWUP_LICENCES.map((k) => (
            <Checkbox key={k} value={k} label={t(`options.licenceKind.${k}`)} data-testid={`checkin-licence-${k}`} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea label={f(t, 'problems')} autosize minRows={2} maxLength={1000} {...form.getInputProps('problems')} data-testid="checkin-problems" />
      <Checkbox.Group label={f(t, 'needs')} {...form.getInputProps('needs')}>
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt="xs">
          {programmeOptions.topics.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} data-testid={`checkin-need-${o.value}`} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </>
  );
}
