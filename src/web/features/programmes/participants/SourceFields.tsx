import { NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ParticipantSource, Regions } from '../../../api/types';
import { useProgrammeOptions } from '../options';
import { SOURCE_REQUIRED, type SourceFormValues, sourceFieldsOf } from '../sources';

/** The nomination form: the source and its detail. */
export interface NominateFormValues {
  source: ParticipantSource | null;
  detail: SourceFormValues;
}

/**
 * Where the nomination comes from, then what that source needs: the council member (e-Pokir), the agency,
 * the occasion (top-down), year and desa (musrenbang); a note for any. Test ids: `nominate-source`,
 * `nominate-councilMember`, `nominate-agency`, `nominate-occasion`, `nominate-year`, `nominate-desaCode`, `nominate-note`.
 */
export function SourceFields({ form, regions, kecamatanCode }: { form: UseFormReturnType<NominateFormValues>; regions: Regions | undefined; kecamatanCode: string | null }) {
  const { t } = useTranslation();
  const o = useProgrammeOptions();
  const source = form.getValues().source;
  const s = (key: string) => t(`programmes.nominate.fields.${key}`);
  const desa = (regions?.kecamatan ?? []).find((k) => k.code === kecamatanCode)?.desa ?? [];
  const required = (field: string) => (source ? SOURCE_REQUIRED[source].includes(field as never) : false);
  return (
    <Stack gap="sm">
      <Select
        label={s('source')}
        description={source ? t(`programmes.sourceHelp.${source}`) : undefined}
        data={o.sources}
        required
        allowDeselect={false}
        {...form.getInputProps('source')}
        data-testid="nominate-source"
      />
      {source &&
        sourceFieldsOf(source).map((field) => {
          const props = { ...form.getInputProps(`detail.${field}`), required: required(field), 'data-testid': `nominate-${field}` };
          if (field === 'year') return <NumberInput key={field} label={s('year')} min={2000} max={2100} allowDecimal={false} hideControls inputMode="numeric" {...props} />;
          if (field === 'desaCode') return <Select key={field} label={s('desaCode')} data={desa.map((d) => ({ value: d.code, label: d.name }))} searchable {...props} />;
          if (field === 'note') return <Textarea key={field} label={s('note')} autosize minRows={1} maxLength={300} {...props} />;
          return <TextInput key={field} label={s(field)} maxLength={field === 'occasion' ? 200 : 120} {...props} />;
        })}
    </Stack>
  );
}
