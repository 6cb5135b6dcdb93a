import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CountRow } from '../../../api/types';
import { formatNumber } from '../../../lib/format';
import { percentOf } from '../needs';

/**
 * A small two-column count table (label, count, share) with a total row; `label` may translate a row's key.
 * Test ids: `<testId>` on the table, `report-count-row` (with `data-key`, `data-count`).
 */
export function CountTable({ rows, caption, label, testId }: { rows: CountRow[]; caption: string; label?: (row: CountRow) => string; testId: string }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const total = rows.reduce((a, r) => a + r.count, 0);
  return (
    <Table striped withTableBorder data-testid={testId} captionSide="top">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('programmes.report.columns.group')}</Table.Th>
          <Table.Th className="num">{t('programmes.report.columns.participants')}</Table.Th>
          <Table.Th className="num">%</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key} data-testid="report-count-row" data-key={r.key} data-count={r.count}>
            <Table.Th scope="row" fw={500}>
              {label ? label(r) : r.label}
            </Table.Th>
            <Table.Td className="num">{n(r.count)}</Table.Td>
            <Table.Td className="num">{percentOf(r.count, total)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Th scope="row">{t('recap.totalRow')}</Table.Th>
          <Table.Td className="num">{n(total)}</Table.Td>
          <Table.Td className="num">{total > 0 ? 100 : 0}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
