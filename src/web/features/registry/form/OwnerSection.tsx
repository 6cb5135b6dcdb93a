import { Alert, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OwnerView } from '../../../api/types';
import { Section } from '../../../components/Section';
import { useOptions } from '../options';
import type { BusinessFormValues } from './formValues';

interface Props {
  form: UseFormReturnType<BusinessFormValues>;
  /** The saved owner when editing; absent on create (a new owner is recorded). */
  owner?: OwnerView;
}

/**
 * The owner's fields. On create a new owner; on edit the existing one, read-only when the server
 * masked it (we do not have the real NIK and phone then) or says it is not `editable` (an assistant, when
 * the owner also has a business outside their kecamatan).
 * Test ids: `form-owner-{fullName,nik,gender,birthDate,phone,address}`.
 */
export function OwnerSection({ form, owner }: Props) {
  const { t } = useTranslation();
  const options = useOptions();
  const f = (key: string) => t(`business.ownerFields.${key}`);

  if (owner && (owner.masked || !owner.editable)) {
    // Masked for the head of office; read-only for an assistant when the owner also has a business outside their area.
    return (
      <Section title={t('business.sections.owner')}>
        <Alert color="gray" variant="light" icon={<IconEyeOff size={18} aria-hidden />} data-testid={owner.masked ? 'owner-masked-hint' : 'owner-shared-hint'}>
          {t(owner.masked ? 'business.form.ownerMasked' : 'business.form.ownerOutOfArea')}
        </Alert>
        <Text fw={600}>{owner.fullName}</Text>
      </Section>
    );
  }

  return (
    <Section title={t('business.sections.owner')}>
      <Text size="sm" c="dimmed">
        {owner
          ? owner.businessCount > 1
            ? t('business.form.ownerShared', { count: owner.businessCount })
            : null
          : t('business.form.ownerNew')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={f('fullName')}
          required
          maxLength={120}
          autoComplete="off"
          data-testid="form-owner-fullName"
          {...form.getInputProps('owner.fullName')}
        />
        <TextInput
          label={f('nik')}
          inputMode="numeric"
          maxLength={20}
          autoComplete="off"
          data-testid="form-owner-nik"
          {...form.getInputProps('owner.nik')}
        />
        <Select label={f('gender')} data={options.genders} clearable clearButtonProps={{ 'aria-label': t('common.clear') }} data-testid="form-owner-gender" {...form.getInputProps('owner.gender')} />
        <TextInput
          type="date"
          label={f('birthDate')}
          max={new Date().toISOString().slice(0, 10)}
          data-testid="form-owner-birthDate"
          {...form.getInputProps('owner.birthDate')}
        />
        <TextInput
          type="tel"
          label={f('phone')}
          placeholder="0812-3456-7890"
          inputMode="tel"
          autoComplete="off"
          maxLength={32}
          data-testid="form-owner-phone"
          {...form.getInputProps('owner.phone')}
        />
        <Textarea label={f('address')} autosize minRows={2} maxLength={300} data-testid="form-owner-address" {...form.getInputProps('owner.address')} />
      </SimpleGrid>
    </Section>
  );
}
