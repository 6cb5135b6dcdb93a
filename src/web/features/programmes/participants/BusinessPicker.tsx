import { Button, Card, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessSummary } from '../../../api/types';
import { QueryError } from '../../../components/QueryError';
import { useBusinessLookup } from '../participants.api';

/** One line about a business: owner, kecamatan, desa. */
const lineOf = (b: BusinessSummary) => `${b.ownerName} · ${b.kecamatanName} · ${b.desaName}`;

/**
 * Finds the business to nominate in the registry (name, owner, NIK, NIB or phone), then shows the choice
 * with "Ganti". Test ids: `nominate-search`, `nominate-result` (with `data-business-id`), `nominate-chosen`, `nominate-change`.
 */
export function BusinessPicker({ kw, value, onChange }: { kw: string; value: BusinessSummary | null; onChange: (b: BusinessSummary | null) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const search = useBusinessLookup(kw, value ? '' : debounced);

  if (value) {
    return (
      <Card withBorder padding="sm" data-testid="nominate-chosen" data-business-id={value.id}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {value.name}
            </Text>
            <Text size="sm" c="dimmed">
              {lineOf(value)}
            </Text>
          </div>
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)} data-testid="nominate-change">
            {t('programmes.nominate.change')}
          </Button>
        </Group>
      </Card>
    );
  }
  const items = debounced.trim().length >= 2 ? (search.data?.items ?? []) : [];
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('programmes.nominate.searchLabel')}
        description={t('programmes.nominate.searchHint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={search.isFetching ? <Loader size="xs" /> : null}
        autoComplete="off"
        enterKeyHint="search"
        data-autofocus
        data-testid="nominate-search"
      />
      {search.isError && <QueryError error={search.error} />}
      {debounced.trim().length >= 2 && search.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="nominate-no-results">
          {t('programmes.nominate.noResults')}
        </Text>
      )}
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('programmes.nominate.results')}>
        {items.map((b) => (
          <li key={b.id}>
            <UnstyledButton onClick={() => onChange(b)} w="100%" data-testid="nominate-result" data-business-id={b.id}>
              <Card withBorder padding="xs" className="clickable-card">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {b.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {lineOf(b)}
                </Text>
              </Card>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
