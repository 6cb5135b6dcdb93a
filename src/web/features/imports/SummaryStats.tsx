import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../api/types';
import { formatNumber } from '../../lib/format';

const TILES = [
  { key: 'rows', testId: 'import-summary-rows', color: undefined },
  { key: 'valid', testId: 'import-summary-valid', color: 'green.9' },
  { key: 'withWarnings', testId: 'import-summary-warnings', color: 'orange.9' },
  { key: 'withErrors', testId: 'import-summary-errors', color: 'red.9' },
  { key: 'alreadyImported', testId: 'import-summary-already', color: 'gray.8' },
  { key: 'repeatedInFile', testId: 'import-summary-repeated', color: 'gray.8' },
] as const satisfies readonly { key: keyof ImportSummary; testId: string; color?: string }[];

/**
 * The dry run's counts as tiles: rows, valid, with warnings, with errors, already imported, repeated in
 * the file. Each tile's number carries `data-value` (raw count). Test ids: `import-summary-{rows,valid,
 * warnings,errors,already,repeated}`.
 */
export function SummaryStats({ summary }: { summary: ImportSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="dl" m={0}>
      {TILES.map((tile) => (
        <Paper key={tile.key} withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {t(`imports.summary.${tile.key}`)}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} c={tile.color} data-testid={tile.testId} data-value={summary[tile.key]} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatNumber(summary[tile.key], i18n.language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
