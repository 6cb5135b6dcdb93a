import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditPage } from '../../api/types';
import { AuditEntryItem } from './AuditEntryItem';

/** A page of audit entries with previous/next paging (the server says whether more exist). */
export function AuditList({ data, page, onPage, showLinks }: { data: AuditPage; page: number; onPage: (page: number) => void; showLinks: boolean }) {
  const { t } = useTranslation();
  if (data.items.length === 0 && page === 1) {
    return (
      <Text c="dimmed" data-testid="audit-empty">
        {t('audit.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.items.map((entry) => (
          <AuditEntryItem key={entry.id} entry={entry} showLink={showLinks} />
        ))}
      </Stack>
      {(page > 1 || data.hasMore) && (
        <Group justify="space-between">
          <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)} data-testid="audit-prev">
            {t('common.previous')}
          </Button>
          <Text size="sm">{t('common.page', { page })}</Text>
          <Button variant="default" disabled={!data.hasMore} onClick={() => onPage(page + 1)} data-testid="audit-next">
            {t('common.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
