import { Box, Button, Collapse, Group, LoadingOverlay, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { ErrorPage } from '../../components/ErrorPage';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { PageLoader } from '../../components/PageLoader';
import { LabelledPagination } from '../../components/LabelledPagination';
import { formatNumber } from '../../lib/format';
import { useSession, useTenantCode } from '../auth/session';
import { ExportButtons } from './ExportButtons';
import { useBusinessSearch, useRegions } from './registry.api';
import { RegistryCards } from './RegistryCards';
import { RegistryFilterPanel } from './RegistryFilterPanel';
import { RegistrySearchBox } from './RegistrySearchBox';
import { RegistryTable } from './RegistryTable';
import { activeFilterCount, toSearchParams, useRegistryFilters } from './useRegistryFilters';

/**
 * The registry list (/): debounced search, filters in the URL, a table on wide screens and
 * cards on phones, paging, and the CSV / Excel export of the current matches (staff roles).
 * Test ids: `registry-search`, `registry-row`, `registry-total`, `registry-empty`, `registry-pagination`,
 * `registry-filters-toggle`, `business-new`, `registry-export-csv`, `registry-export-xlsx`.
 */
export function RegistryPage() {
  const { t, i18n } = useTranslation();
  const kw = useTenantCode();
  const { tenant, canWrite, seesRecap } = useSession();
  const { filters, update, reset } = useRegistryFilters();
  const regions = useRegions(kw);
  const search = useBusinessSearch(kw, toSearchParams(filters));
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const activeCount = activeFilterCount(filters);
  const [filtersOpen, setFiltersOpen] = useState(() => activeCount > 0 || window.matchMedia?.('(min-width: 62em)').matches);

  const data = search.data;
  // Roles without registry access (partners) get the friendly page, without search and filters.
  if (isApiError(search.error, 403) && !data) return <ErrorPage kind="forbidden" homeLink={false} />;
  const pageCount = data ? Math.max(Math.ceil(data.total / data.pageSize), data.page + (data.totalIsCapped && data.items.length === data.pageSize ? 1 : 0)) : 0;
  const formatted = data ? formatNumber(data.total, i18n.language) : '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <PageTitle text={t('registry.title')} />
        {canWrite && (
          <Button component={Link} to="/businesses/new" leftSection={<IconPlus size={18} aria-hidden />} data-testid="business-new">
            {t('registry.add')}
          </Button>
        )}
      </Group>

      <RegistrySearchBox value={filters.q} onChange={(q) => update({ q })} />

      <Box>
        <Group justify="space-between" align="center" gap="sm">
          <Button
            variant="light"
            size="sm"
            leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
            onClick={() => setFiltersOpen((o) => !o)}
            aria-expanded={filtersOpen}
            aria-controls="registry-filters"
            data-testid="registry-filters-toggle"
          >
            {activeCount > 0 ? t('registry.filtersActive', { count: activeCount }) : t('registry.filters')}
          </Button>
          {seesRecap && <ExportButtons kw={kw} filters={filters} />}
        </Group>
        <Collapse expanded={filtersOpen} id="registry-filters" keepMounted={false}>
          <Box pt="sm">
            <RegistryFilterPanel
              filters={filters}
              regions={regions.data}
              kecamatanCodes={tenant?.role === 'assistant' ? tenant.kecamatanCodes : null}
              onChange={update}
              onReset={reset}
            />
          </Box>
        </Collapse>
      </Box>

      {search.isPending && <PageLoader />}
      {search.isError && !data && <QueryError error={search.error} title={t('registry.loadError')} onRetry={() => void search.refetch()} />}

      {data && (
        <Stack gap="sm" pos="relative">
          <LoadingOverlay visible={search.isFetching && search.isPlaceholderData} zIndex={10} overlayProps={{ blur: 1 }} />
          <Text fw={600} role="status" aria-live="polite" data-testid="registry-total" data-total={data.total} data-capped={data.totalIsCapped}>
            {data.totalIsCapped ? t('registry.totalCapped', { formatted }) : t('registry.total', { count: data.total, formatted })}
          </Text>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-testid="registry-empty">
              {t('registry.empty')}
            </Text>
          ) : wide ? (
            <RegistryTable items={data.items} />
          ) : (
            <RegistryCards items={data.items} />
          )}
          {pageCount > 1 && (
            <Group justify="center">
              <LabelledPagination
                total={pageCount}
                value={data.page}
                onChange={(page) => {
                  update({ page });
                  window.scrollTo({ top: 0 });
                }}
                siblings={wide ? 1 : 0}
                boundaries={1}
                aria-label={t('registry.pagination')}
                data-testid="registry-pagination"
              />
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
