import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProgrammeReport } from '../../../api/types';
import { formatNumber } from '../../../lib/format';
import { percentOf } from '../needs';

type Row = ProgrammeReport['targets'][number];
const rowAttrs = (r: Row) => ({ 'data-testid': 'report-target-row', 'data-programme-id': r.programmeId, 'data-target': r.target, 'data-realised': r.realised, 'data-completed': r.completed });

/**
 * Target vs realised (accepted or completed) and completed, per programme: a table on wide screens, one card
 * per programme on phones. Test ids: `report-targets`, `report-target-row` (with `data-programme-id`, `data-target`, …).
 */
export function TargetsTable({ rows }: { rows: Row[] }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const n = (v: number) => formatNumber(v, i18n.language);
  const c = (key: string) => t(`programmes.report.columns.${key}`);
  const achieved = (r: Row) => (r.target > 0 ? `${percentOf(r.realised, r.target)}%` : '—');
  const low = (r: Row) => r.target > 0 && percentOf(r.realised, r.target) < 50;
  if (phone) {
    return (
      <Stack gap="xs" data-testid="report-targets">
        {rows.map((r) => (
          <Card key={r.programmeId} withBorder padding="sm" {...rowAttrs(r)}>
            <Anchor component={Link} to={`/programmes/${r.programmeId}`} fw={600}>
              {r.title}
            </Anchor>
            <Group gap="md" mt={4}>
              <Text size="sm">{c('target')}: <b>{n(r.target)}</b></Text>
              <Text size="sm">{c('realised')}: <b>{n(r.realised)}</b></Text>
              <Text size="sm">{c('completed')}: <b>{n(r.completed)}</b></Text>
              <Text size="sm" c={low(r) ? 'red.8' : undefined}>{c('achievement')}: <b>{achieved(r)}</b></Text>
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped withTableBorder data-testid="report-targets">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c('programme')}</Table.Th>
          <Table.Th className="num">{c('target')}</Table.Th>
          <Table.Th className="num">{c('realised')}</Table.Th>
          <Table.Th className="num">{c('completed')}</Table.Th>
          <Table.Th className="num">{c('achievement')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.programmeId} {...rowAttrs(r)}>
            <Table.Th scope="row" fw={500}>
              <Anchor component={Link} to={`/programmes/${r.programmeId}`}>
                {r.title}
              </Anchor>
            </Table.Th>
            <Table.Td className="num">{n(r.target)}</Table.Td>
            <Table.Td className="num">{n(r.realised)}</Table.Td>
            <Table.Td className="num">{n(r.completed)}</Table.Td>
            <Table.Td className="num" c={low(r) ? 'red.8' : undefined}>
              {achieved(r)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
