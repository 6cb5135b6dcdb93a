import { Select, SimpleGrid, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Regions } from '../../../api/types';
import { Section } from '../../../components/Section';
import type { BusinessFormValues } from './formValues';

interface Props {
  form: UseFormReturnType<BusinessFormValues>;
  regions: Regions | undefined;
  /** For assistants: only their kecamatan may be chosen. */
  kecamatanCodes: string[] | null;
}

/** Kecamatan, desa (within the kecamatan) and address. Test ids: `form-kecamatan`, `form-desa`. */
export function LocationSection({ form, regions, kecamatanCodes }: Props) {
  const { t } = useTranslation();
  const f = (key: string) => t(`business.fields.${key}`);
  const kecamatan = form.values.kecamatanCode;
  const kecamatanOptions = useMemo(
    () =>
      (regions?.kecamatan ?? [])
        .filter((k) => !kecamatanCodes || kecamatanCodes.includes(k.code) || k.code === kecamatan)
        .map((k) => ({ value: k.code, label: k.name })),
    [regions, kecamatanCodes, kecamatan],
  );
  const desaOptions = useMemo(
    () => (regions?.kecamatan.find((k) => k.code === kecamatan)?.desa ?? []).map((d) => ({ value: d.code, label: d.name })),
    [regions, kecamatan],
  );
  const kecamatanProps = form.getInputProps('kecamatanCode');

  return (
    <Section title={t('business.sections.location')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={f('kecamatanCode')}
          required
          data={kecamatanOptions}
          searchable
          allowDeselect={false}
          nothingFoundMessage="—"
          data-testid="form-kecamatan"
          {...kecamatanProps}
          onChange={(value: string | null) => {
            form.setFieldValue('kecamatanCode', value);
            const desa = form.getValues().desaCode;
            if (desa && value && !desa.startsWith(`${value}.`)) form.setFieldValue('desaCode', null);
          }}
        />
        <Select
          label={f('desaCode')}
          required
          data={desaOptions}
          searchable
          allowDeselect={false}
          disabled={!kecamatan}
          placeholder={kecamatan ? undefined : t('business.form.chooseKecamatanFirst')}
          nothingFoundMessage="—"
          data-testid="form-desa"
          {...form.getInputProps('desaCode')}
        />
        <Textarea label={f('address')} autosize minRows={2} maxLength={300} data-testid="form-address" {...form.getInputProps('address')} />
      </SimpleGrid>
    </Section>
  );
}
