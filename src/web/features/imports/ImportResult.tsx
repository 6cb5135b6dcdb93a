import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBuildingStore, IconCopy, IconInfoCircle, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportView } from '../../api/types';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber } from '../../lib/format';

/** What a commit did; without `skipped` (an import committed earlier) only the stored count is known. */
export interface ImportOutcome {
  created: number;
  skipped: number | null;
  alreadyCommitted: boolean;
}

/**
 * Step 4, "Selesai": how many businesses were created and how many rows were skipped, with the way on:
 * the registry, the duplicate queue (new records may repeat old ones) and another upload.
 * Test ids: `import-result`, `import-result-created`, `import-result-skipped` (both with `data-value`),
 * `import-result-registry`, `import-result-duplicates`, `import-result-again`.
 */
export function ImportResult({ view, outcome }: { view: ImportView; outcome: ImportOutcome }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <Section title={t('imports.result.title')} testId="import-result">
      {outcome.alreadyCommitted && (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} data-testid="import-result-already">
          {t('imports.result.alreadyCommitted', { date: formatDateTime(view.committedAt, i18n.language) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" component="dl" m={0}>
        <Paper withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {t('imports.result.created')}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} c="green.9" data-testid="import-result-created" data-value={outcome.created}>
            {n(outcome.created)}
          </Text>
        </Paper>
        {outcome.skipped !== null && (
          <Paper withBorder p="sm" radius="md">
            <Text component="dt" size="sm" c="dimmed">
              {t('imports.result.skipped')}
            </Text>
            <Text component="dd" m={0} fz={28} fw={700} data-testid="import-result-skipped" data-value={outcome.skipped}>
              {n(outcome.skipped)}
            </Text>
          </Paper>
        )}
      </SimpleGrid>
      <Text size="sm">{t('imports.result.next')}</Text>
      <Stack gap="xs">
        <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <Button component={Link} to="/" variant="light" leftSection={<IconBuildingStore size={18} aria-hidden />} data-testid="import-result-registry">
            {t('imports.result.toRegistry')}
          </Button>
          <Button component={Link} to="/duplicates" variant="light" leftSection={<IconCopy size={18} aria-hidden />} data-testid="import-result-duplicates">
            {t('imports.result.toDuplicates')}
          </Button>
          <Button component={Link} to="/imports" variant="default" leftSection={<IconUpload size={18} aria-hidden />} data-testid="import-result-again">
            {t('imports.result.again')}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
