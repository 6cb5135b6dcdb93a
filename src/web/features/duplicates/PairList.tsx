import { Group, LoadingOverlay, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { LabelledPagination } from '../../components/LabelledPagination';
import { useTranslation } from 'react-i18next';
import type { PairStatus } from '../../api/types';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { formatNumber } from '../../lib/format';
import { usePairs } from './duplicates.api';
import { PairCard } from './PairCard';

const PAGE_SIZE = 10;

/**
 * The pairs with one status, a page at a time, with their total. Test ids: `dup-total` (with `data-total`),
 * `dup-empty`, `dup-pagination`.
 */
export function PairList({ kw, status, page, onPage, canDecide }: { kw: string; status: PairStatus; page: number; onPage: (p: number) => void; canDecide: boolean }) {
  const { t, i18n } = useTranslation();
  const pairs = usePairs(kw, status, page, PAGE_SIZE);
  const emptiedPage = pairs.data && !pairs.isPlaceholderData && pairs.data.items.length === 0 && pairs.data.page > 1;
  // Deciding the last pair of a later page leaves it empty: show the page before instead.
  useEffect(() => {
    if (emptiedPage) onPage(page - 1);
  }, [emptiedPage, page, onPage]);
  if (pairs.isPending) return <PageLoader />;
  if (pairs.isError && !pairs.data) return <QueryError error={pairs.error} title={t('duplicates.loadError')} onRetry={() => void pairs.refetch()} />;
  const data = pairs.data;
  const pageCount = Math.ceil(data.total / data.pageSize);
  return (
    <Stack gap="sm" pos="relative">
      <LoadingOverlay visible={pairs.isFetching && pairs.isPlaceholderData} zIndex={10} overlayProps={{ blur: 1 }} />
      <Text fw={600} role="status" aria-live="polite" data-testid="dup-total" data-total={data.total}>
        {t(`duplicates.total.${status}`, { count: data.total, n: formatNumber(data.total, i18n.language) })}
      </Text>
      {data.items.length === 0 ? (
        <Text c="dimmed" data-testid="dup-empty">
          {t(`duplicates.empty.${status}`)}
        </Text>
      ) : (
        data.items.map((pair) => <PairCard key={`${pair.id}-${pair.status}`} kw={kw} pair={pair} canDecide={canDecide} />)
      )}
      {pageCount > 1 && (
        <Group justify="center">
          <LabelledPagination
            total={pageCount}
            value={data.page}
            onChange={(p) => {
              onPage(p);
              window.scrollTo({ top: 0 });
            }}
            boundaries={1}
            siblings={0}
            aria-label={t('duplicates.pagination')}
            data-testid="dup-pagination"
          />
        </Group>
      )}
    </Stack>
  );
}
