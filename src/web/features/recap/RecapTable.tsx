import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecapCounts, RecapReport } from '../../api/types';
import { formatNumber } from '../../lib/format';

const COLUMNS: (keyof RecapCounts)[] = ['micro', 'microWithNib', 'microMovedUp', 'newEntrepreneurs', 'small', 'medium', 'total'];

/** The recap table: one row per kecamatan and the total row. Test ids: `recap-table`, `recap-row`, `recap-total-row`. */
export function RecapTable({ report }: { report: RecapReport }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder withColumnBorders data-testid="recap-table" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="num">{t('recap.columns.no')}</Table.Th>
            <Table.Th className="sticky-col">{t('recap.columns.kecamatan')}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} className="num" style={{ whiteSpace: 'normal' }}>
                {t(`recap.columns.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row, i) => (
            <Table.Tr key={row.kecamatanCode} data-testid="recap-row" data-kecamatan={row.kecamatanCode}>
              <Table.Td className="num">{i + 1}</Table.Td>
              <Table.Th scope="row" className="sticky-col" fw={500}>
                {row.kecamatanName}
              </Table.Th>
              {COLUMNS.map((c) => (
                <Table.Td key={c} className="num" data-col={c}>
                  {n(row[c])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="recap-total-row" fw={700} bg="gray.1">
            <Table.Td />
            <Table.Th scope="row" className="sticky-col">
              {t('recap.totalRow')}
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Td key={c} className="num" data-col={c} fw={700}>
                {n(report.total[c])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
