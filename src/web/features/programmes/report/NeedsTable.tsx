import { Badge, Switch, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsRow } from '../../../api/types';
import { formatNumber } from '../../../lib/format';
import { shortfallOf, sortNeeds } from '../needs';

const ROW_BG = { severe: 'red.0', some: 'orange.0', none: undefined } as const;

/**
 * Needs owners stated vs places offered, per kecamatan and topic, biggest gap first; rows where needs far
 * exceed places are red with a badge, where they exceed a little orange. "Hanya yang kurang" hides the rest.
 * Test ids: `report-needs`, `report-needs-row` (with `data-kecamatan`, `data-topic`, `data-shortfall`), `report-needs-short-only`.
 */
export function NeedsTable({ rows }: { rows: NeedsRow[] }) {
  const { t, i18n } = useTranslation();
  const [shortOnly, setShortOnly] = useState(false);
  const n = (v: number) => formatNumber(v, i18n.language);
  const shown = sortNeeds(rows).filter((r) => !shortOnly || shortfallOf(r.needed, r.offered) !== 'none');
  const c = (key: string) => t(`programmes.report.columns.${key}`);
  return (
    <Stack gap="xs">
      <Switch label={t('programmes.report.shortOnly')} checked={shortOnly} onChange={(e) => setShortOnly(e.currentTarget.checked)} data-testid="report-needs-short-only" />
      {shown.length === 0 ? (
        <Text c="dimmed">{t('programmes.report.noNeeds')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table withTableBorder fz="sm" horizontalSpacing={6} data-testid="report-needs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="sticky-col">{c('kecamatan')}</Table.Th>
                <Table.Th>{c('topic')}</Table.Th>
                <Table.Th className="num">{c('needed')}</Table.Th>
                <Table.Th className="num">{c('offered')}</Table.Th>
                <Table.Th className="num">{c('gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => {
                const level = shortfallOf(r.needed, r.offered);
                return (
                  <Table.Tr key={`${r.kecamatanCode}-${r.topic}`} bg={ROW_BG[level]} data-testid="report-needs-row" data-kecamatan={r.kecamatanCode} data-topic={r.topic} data-shortfall={level}>
                    <Table.Th scope="row" className="sticky-col" fw={500} bg={ROW_BG[level]}>
                      {r.kecamatanName}
                    </Table.Th>
                    <Table.Td>
                      {t(`programmes.topic.${r.topic}`)}
                      {level === 'severe' && (
                        <Badge ml={6} color="red" size="sm" tt="none">
                          {t('programmes.report.farExceeds')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td className="num">{n(r.needed)}</Table.Td>
                    <Table.Td className="num">{n(r.offered)}</Table.Td>
                    <Table.Td className="num" fw={level === 'none' ? undefined : 700}>
                      {n(Math.max(0, r.needed - r.offered))}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
