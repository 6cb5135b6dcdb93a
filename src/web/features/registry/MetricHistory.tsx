import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../../api/types';
import { Section } from '../../components/Section';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { translateOr } from '../../lib/messages';

/** The history of sales, capital, workers and scale (with the rule that classified it). */
export function MetricHistory({ metrics }: { metrics: Metric[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const m = (key: string) => t(`business.metrics.${key}`);
  const scale = (s: Metric['scale']) => t(`options.scale.${s}`);
  return (
    <Section title={t('business.sections.metrics')} testId="detail-metrics">
      {metrics.length === 0 ? (
        <Text c="dimmed">{t('business.noMetrics')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={680}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m('date')}</Table.Th>
                <Table.Th className="num">{m('sales')}</Table.Th>
                <Table.Th className="num">{m('capital')}</Table.Th>
                <Table.Th className="num">{m('workers')}</Table.Th>
                <Table.Th>{m('scale')}</Table.Th>
                <Table.Th>{m('rule')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {metrics.map((row, i) => (
                <Table.Tr key={`${row.recordedOn}-${i}`} data-testid="detail-metric-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.recordedOn, lng)}</Table.Td>
                  <Table.Td className="num">{formatRupiah(row.annualSales, lng)}</Table.Td>
                  <Table.Td className="num">{formatRupiah(row.capital, lng)}</Table.Td>
                  <Table.Td className="num">{formatNumber(row.workersMale + row.workersFemale, lng)}</Table.Td>
                  <Table.Td>
                    {row.previousScale && row.previousScale !== row.scale ? `${scale(row.previousScale)} → ${scale(row.scale)}` : scale(row.scale)}
                  </Table.Td>
                  <Table.Td>
                    {row.scaleRuleId}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {translateOr(t, `business.metricSource.${row.source}`, row.source)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
