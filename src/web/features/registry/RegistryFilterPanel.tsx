import { Button, MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Regions } from '../../api/types';
import { useOptions } from './options';
import type { RegistryFilters } from './useRegistryFilters';

interface Props {
  filters: RegistryFilters;
  regions: Regions | undefined;
  /** For assistants: only their kecamatan are offered. */
  kecamatanCodes: string[] | null;
  onChange: (patch: Partial<RegistryFilters>) => void;
  onReset: () => void;
}

/**
 * The registry filters: kecamatan, desa (after a kecamatan), scale, sector, legality, status.
 * Test ids: `registry-filter-{kecamatan,desa,scale,sector,legality,status}`, `registry-filters-reset`.
 */
export function RegistryFilterPanel({ filters, regions, kecamatanCodes, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const options = useOptions();
  const kecamatanOptions = useMemo(
    () =>
      (regions?.kecamatan ?? [])
        .filter((k) => !kecamatanCodes || kecamatanCodes.includes(k.code))
        .map((k) => ({ value: k.code, label: k.name })),
    [regions, kecamatanCodes],
  );
  const desaOptions = useMemo(
    () => (regions?.kecamatan.find((k) => k.code === filters.kecamatan)?.desa ?? []).map((d) => ({ value: d.code, label: d.name })),
    [regions, filters.kecamatan],
  );

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
      <Select
        label={t('registry.filter.kecamatan')}
        placeholder={t('registry.filter.any')}
        data={kecamatanOptions}
        value={filters.kecamatan}
        onChange={(v) => onChange({ kecamatan: v })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        nothingFoundMessage="—"
        data-testid="registry-filter-kecamatan"
      />
      <Select
        label={t('registry.filter.desa')}
        placeholder={filters.kecamatan ? t('registry.filter.any') : t('registry.filter.desaHint')}
        data={desaOptions}
        value={filters.desa}
        onChange={(v) => onChange({ desa: v })}
        disabled={!filters.kecamatan}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        nothingFoundMessage="—"
        data-testid="registry-filter-desa"
      />
      <Select
        label={t('registry.filter.legality')}
        placeholder={t('registry.filter.any')}
        data={options.legality}
        value={filters.legality}
        onChange={(v) => onChange({ legality: v })}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        data-testid="registry-filter-legality"
      />
      <MultiSelect
        label={t('registry.filter.scale')}
        placeholder={filters.scale.length ? undefined : t('registry.filter.any')}
        data={options.scales}
        value={filters.scale}
        onChange={(v) => onChange({ scale: v })}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        data-testid="registry-filter-scale"
      />
      <MultiSelect
        label={t('registry.filter.sector')}
        placeholder={filters.sector.length ? undefined : t('registry.filter.any')}
        data={options.sectors}
        value={filters.sector}
        onChange={(v) => onChange({ sector: v })}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        data-testid="registry-filter-sector"
      />
      <MultiSelect
        label={t('registry.filter.status')}
        placeholder={filters.status.length ? undefined : t('registry.filter.any')}
        data={options.statuses}
        value={filters.status}
        onChange={(v) => onChange({ status: v })}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        data-testid="registry-filter-status"
      />
      <Button variant="subtle" onClick={onReset} data-testid="registry-filters-reset" style={{ justifySelf: 'start' }}>
        {t('registry.resetFilters')}
      </Button>
    </SimpleGrid>
  );
}
