import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportView } from '../../api/types';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useImportAccess } from './access';
import { useImports } from './imports.api';
import { ImportStatusBadge } from './ImportStatusBadge';

/** "120 baris · 100 valid · 5 galat · 98 tersimpan", whatever is known of an import so far. */
function useCounts() {
  const { t, i18n } = useTranslation();
  return (v: ImportView) => {
    const n = (x: number) => formatNumber(x, i18n.language);
    const parts: string[] = [];
    if (v.summary) {
      parts.push(t('imports.history.rows', { count: v.summary.rows, n: n(v.summary.rows) }));
      parts.push(t('imports.history.valid', { n: n(v.summary.valid) }));
      if (v.summary.withErrors) parts.push(t('imports.history.errors', { n: n(v.summary.withErrors) }));
    }
    if (v.committedCount !== null) parts.push(t('imports.history.committed', { n: n(v.committedCount) }));
    return parts.join(' · ') || '—';
  };
}

function HistoryTable({ items }: { items: ImportView[] }) {
  const { t, i18n } = useTranslation();
  const counts = useCounts();
  const c = (key: string) => t(`imports.history.columns.${key}`);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="import-history-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c('file')}</Table.Th>
            <Table.Th>{c('label')}</Table.Th>
            <Table.Th>{c('uploader')}</Table.Th>
            <Table.Th>{c('date')}</Table.Th>
            <Table.Th>{c('status')}</Table.Th>
            <Table.Th>{c('counts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((v) => (
            <Table.Tr key={v.id} data-testid="import-history-row" data-import-id={v.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={`/imports/${v.id}`} fw={600}>
                  {v.fileName}
                </Anchor>
              </Table.Td>
              <Table.Td>{v.label}</Table.Td>
              <Table.Td>{v.uploadedByName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v.createdAt, i18n.language)}</Table.Td>
              <Table.Td>
                <ImportStatusBadge status={v.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{counts(v)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function HistoryCards({ items }: { items: ImportView[] }) {
  const { i18n } = useTranslation();
  const counts = useCounts();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((v) => (
        <li key={v.id}>
          <Card withBorder padding="sm" component={Link} to={`/imports/${v.id}`} className="clickable-card" data-testid="import-history-row" data-import-id={v.id}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text fw={700} c="blue.9" style={{ overflowWrap: 'anywhere' }}>
                {v.fileName}
              </Text>
              <ImportStatusBadge status={v.status} />
            </Group>
            <Text size="sm">{v.label}</Text>
            <Text size="sm" c="dimmed">
              {v.uploadedByName} · {formatDateTime(v.createdAt, i18n.language)}
            </Text>
            <Text size="sm">{counts(v)}</Text>
          </Card>
        </li>
      ))}
    </Stack>
  );
}

/**
 * "Riwayat impor": every upload of the regency (an assistant's own uploads only), newest first: file, label, uploader, date, status and
 * counts; a table on wide screens, cards on phones. Each row: `import-history-row` with `data-import-id`.
 */
export function ImportHistory({ kw }: { kw: string }) {
  const { t } = useTranslation();
  const imports = useImports(kw);
  const { ownImportsOnly } = useImportAccess();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return (
    <Section title={t('imports.history.title')} testId="import-history">
      {ownImportsOnly && (
        <Text size="sm" c="dimmed" mb="xs" data-testid="import-history-own-only">
          {t('imports.history.ownOnly')}
        </Text>
      )}
      {imports.isPending && <PageLoader />}
      {imports.isError && <QueryError error={imports.error} title={t('imports.history.loadError')} onRetry={() => void imports.refetch()} />}
      {imports.data &&
        (imports.data.items.length === 0 ? (
          <Text c="dimmed" data-testid="import-history-empty">
            {t('imports.history.empty')}
          </Text>
        ) : wide ? (
          <HistoryTable items={imports.data.items} />
        ) : (
          <HistoryCards items={imports.data.items} />
        ))}
    </Section>
  );
}
