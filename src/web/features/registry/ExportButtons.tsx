import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './exportUrl';
import type { RegistryFilters } from './useRegistryFilters';

/**
 * "Ekspor CSV" and "Ekspor Excel": plain download links of everything the current search and filters
 * match. Test ids: `registry-export-csv`, `registry-export-xlsx`.
 */
export function ExportButtons({ kw, filters }: { kw: string; filters: RegistryFilters }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('registry.export.label')}>
      <Button
        component="a"
        href={exportUrl(kw, 'csv', filters)}
        download
        variant="default"
        size="sm"
        leftSection={<IconFileTypeCsv size={18} aria-hidden />}
        data-testid="registry-export-csv"
      >
        {t('registry.export.csv')}
      </Button>
      <Button
        component="a"
        href={exportUrl(kw, 'xlsx', filters)}
        download
        variant="default"
        size="sm"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        data-testid="registry-export-xlsx"
      >
        {t('registry.export.xlsx')}
      </Button>
    </Group>
  );
}
