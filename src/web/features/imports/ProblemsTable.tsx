import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { RowProblem } from '../../api/types';

const SEVERITY_COLORS: Record<RowProblem['severity'], string> = { error: 'red', warning: 'orange', info: 'blue' };

/** Error / peringatan / info as a coloured label. */
export function SeverityBadge({ severity }: { severity: RowProblem['severity'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={SEVERITY_COLORS[severity]} variant={severity === 'error' ? 'filled' : 'light'} radius="sm" tt="none">
      {t(`imports.severity.${severity}`)}
    </Badge>
  );
}

/**
 * The problems the dry run found, in row order: spreadsheet row, column (its header, or the field),
 * severity and the message in the user's language; a table on wide screens, one card per problem on
 * phones. Each row/card: `import-problem-row` with `data-row` and `data-severity`.
 */
export function ProblemsTable({ problems }: { problems: RowProblem[] }) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  // A message the app does not know yet still says which key it was, instead of a generic error.
  const message = (p: RowProblem) => (i18n.exists(p.messageKey) ? t(p.messageKey, p.params) : t('imports.problems.unknown', { key: p.messageKey }));
  const column = (p: RowProblem) => p.column ?? (p.field ? t(`imports.fields.${p.field}`) : null);
  const c = (key: string) => t(`imports.problems.columns.${key}`);
  if (!wide) {
    return (
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="import-problems">
        {problems.map((p, i) => (
          <Paper component="li" withBorder p="xs" radius="sm" key={`${p.rowNumber}-${i}`} data-testid="import-problem-row" data-row={p.rowNumber} data-severity={p.severity}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm" fw={700}>
                {c('row')} {p.rowNumber}
                {column(p) ? ` · ${column(p)}` : ''}
              </Text>
              <SeverityBadge severity={p.severity} />
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {message(p)}
            </Text>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="sticky-col num">{c('row')}</Table.Th>
            <Table.Th>{c('column')}</Table.Th>
            <Table.Th>{c('severity')}</Table.Th>
            <Table.Th>{c('message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.rowNumber}-${i}`} data-testid="import-problem-row" data-row={p.rowNumber} data-severity={p.severity}>
              <Table.Td className="sticky-col num">{p.rowNumber}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{column(p) ?? '—'}</Table.Td>
              <Table.Td>
                <SeverityBadge severity={p.severity} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{message(p)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
