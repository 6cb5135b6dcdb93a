import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Regions } from '../../api/types';
import { useAllProgrammes } from './followup.api';

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string; onChange: (value: string) => void };

/**
 * A searchable programme picker over every programme of the regency ("Pelatihan … (2026)"). `allLabel`
 * adds a first "all programmes" option with the value ''.
 */
export function ProgrammeSelect({ kw, value, onChange, allLabel, ...rest }: PickerProps & { kw: string; allLabel?: string }) {
  const programmes = useAllProgrammes(kw);
  const data = useMemo(() => {
    const items = (programmes.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.title} (${p.year})` }));
    return allLabel ? [{ value: '', label: allLabel }, ...items] : items;
  }, [programmes.data, allLabel]);
  return (
    <Select
      searchable
      data={data}
      value={value}
      onChange={(v) => onChange(v ?? '')}
      allowDeselect={false}
      nothingFoundMessage="—"
      disabled={programmes.isPending}
      {...rest}
    />
  );
}

/** A kecamatan picker; assistants get only their own kecamatan (`limitTo`), others the whole regency. */
export function KecamatanSelect({ regions, limitTo, value, onChange, allLabel, ...rest }: PickerProps & { regions: Regions | undefined; limitTo: string[]; allLabel?: string }) {
  const { t } = useTranslation();
  const data = useMemo(() => {
    const all = regions?.kecamatan ?? [];
    const items = all.filter((k) => limitTo.length === 0 || limitTo.includes(k.code)).map((k) => ({ value: k.code, label: k.name }));
    return allLabel ? [{ value: '', label: allLabel }, ...items] : items;
  }, [regions, limitTo, allLabel]);
  return <Select searchable data={data} value={value} onChange={(v) => onChange(v ?? '')} allowDeselect={false} nothingFoundMessage={t('common.none')} {...rest} />;
}
