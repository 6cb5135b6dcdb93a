import { Group, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import type { SurvivalPoint } from './followup.types';
import { type ChartBox, formatRate, knownPoints, maxMonthsOf, rateFloor, scales, stepPath, survivalRows } from './survival';

const BOX: ChartBox = { width: 320, height: 180, left: 40, right: 22, top: 22, bottom: 30 };
const COHORT = 'var(--mantine-color-blue-7)';
const COMPARISON = 'var(--mantine-color-gray-6)';

/**
 * The survival curve of a cohort (solid, with its rates labelled) and of the comparison group (dashed) at
 * each checkpoint, as a plain SVG step chart (no chart library: it is a few lines). The SVG is an image with
 * a title and a description listing the figures; the table under it carries the same numbers with how many
 * businesses each rate rests on. Test ids: `survival-chart`, `survival-table`, `survival-row` (with `data-months`).
 */
export function SurvivalChart({ cohort, comparison }: { cohort: SurvivalPoint[]; comparison: SurvivalPoint[] | null }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const id = useId();
  const max = maxMonthsOf(cohort, comparison ?? []);
  const own = knownPoints(cohort);
  const other = comparison ? knownPoints(comparison) : [];
  const floor = rateFloor(own, other);
  const { x, y } = scales(BOX, max, floor);
  const ownPath = stepPath(own, x, y);
  const otherPath = stepPath(other, x, y);
  const rows = survivalRows(cohort, comparison);
  const describe = (pts: { months: number; rate: number }[]) => pts.map((p) => t('followup.outcomes.atMonths', { count: p.months, rate: formatRate(p.rate, lng) })).join(', ') || t('followup.outcomes.noFigure');
  const ticks = [...new Set(rows.map((r) => r.months))];

  return (
    <div>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width="100%" style={{ maxWidth: 480, display: 'block' }} role="img" aria-labelledby={`${id}-t ${id}-d`} data-testid="survival-chart">
        <title id={`${id}-t`}>{t('followup.outcomes.survivalTitle')}</title>
        <desc id={`${id}-d`}>
          {t('followup.outcomes.cohortSeries')}: {describe(own)}. {comparison ? `${t('followup.outcomes.comparisonSeries')}: ${describe(other)}.` : ''}
        </desc>
        {[floor, (floor + 1) / 2, 1].map((r) => (
          <g key={r}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={y(r)} y2={y(r)} stroke="var(--mantine-color-gray-3)" strokeWidth={1} />
            <text x={BOX.left - 6} y={y(r) + 4} fontSize={11} textAnchor="end" fill="var(--mantine-color-gray-7)">
              {formatRate(r, lng)}
            </text>
          </g>
        ))}
        {ticks.map((m) => (
          <text key={m} x={x(m)} y={BOX.height - BOX.bottom + 16} fontSize={11} textAnchor="middle" fill="var(--mantine-color-gray-7)">
            {m}
          </text>
        ))}
        <text x={(BOX.left + BOX.width - BOX.right) / 2} y={BOX.height - 2} fontSize={11} textAnchor="middle" fill="var(--mantine-color-gray-7)">
          {t('followup.outcomes.monthsAxis')}
        </text>
        {otherPath && <path d={otherPath} fill="none" stroke={COMPARISON} strokeWidth={2} strokeDasharray="5 4" />}
        {ownPath && <path d={ownPath} fill="none" stroke={COHORT} strokeWidth={2.5} />}
        {own.map((p, i) => {
          // The label sits above the level that starts at this checkpoint; the last one leans left to stay inside.
          const last = i === own.length - 1;
          return (
            <g key={p.months}>
              <circle cx={x(p.months)} cy={y(p.rate)} r={3.5} fill={COHORT} />
              <text x={x(p.months) + (last ? -5 : 5)} y={y(p.rate) - 6} fontSize={10} textAnchor={last ? 'end' : 'start'} fill={COHORT} fontWeight={700} stroke="white" strokeWidth={3} paintOrder="stroke">
                {formatRate(p.rate, lng)}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4} aria-hidden>
        <Text size="xs" c="blue.7">━ {t('followup.outcomes.cohortSeries')}</Text>
        {comparison && <Text size="xs" c="gray.7">┅ {t('followup.outcomes.comparisonSeries')}</Text>}
      </Group>
      <Table.ScrollContainer minWidth={260} mt="xs">
        <Table withTableBorder striped fz="sm" data-testid="survival-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.outcomes.monthsAfter')}</Table.Th>
              <Table.Th className="num">{t('followup.outcomes.cohortSeries')}</Table.Th>
              {comparison && <Table.Th className="num">{t('followup.outcomes.comparisonSeries')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.months} data-testid="survival-row" data-months={r.months} data-rate={r.cohort?.rate ?? ''}>
                <Table.Th scope="row" fw={500}>
                  {t('followup.offset', { count: r.months })}
                </Table.Th>
                <Table.Td className="num">{cell(r.cohort)}</Table.Td>
                {comparison && <Table.Td className="num">{cell(r.comparison)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );

  // The rate, and under it how many businesses it rests on (kept on two lines so the table fits a phone).
  function cell(p: SurvivalPoint | null) {
    if (!p || p.rate === null) return '—';
    return (
      <>
        {formatRate(p.rate, lng)}
        <Text span display="block" size="xs" c="dimmed">
          {t('followup.outcomes.ofAtRisk', { k: formatNumber(p.surviving, lng), n: formatNumber(p.atRisk, lng) })}
        </Text>
      </>
    );
  }
}
