import { Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { formatNumber } from '../../lib/format';
import type { CohortOutcome } from './followup.types';
import { formatPercentChange, formatRupiahChange, formatSigned, legalityRows, perBusiness, shareOf } from './outcomeFigures';
import { SurvivalChart } from './SurvivalChart';

/** One figure with the comparison group's figure under it. Test id: `figure-<testId>` (with `data-value`). */
function Figure({ label, value, detail, comparison, testId, raw }: { label: string; value: string; detail?: ReactNode; comparison: ReactNode | null; testId: string; raw: number | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`figure-${testId}`} data-value={raw ?? ''}>
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz={26} fw={700} lh={1.2}>
          {value}
        </Text>
        {detail && <Text size="sm">{detail}</Text>}
        <Text size="sm" c="gray.7" mt={4}>
          {t('followup.outcomes.comparisonLabel')}: {comparison ?? t('followup.outcomes.noComparison')}
        </Text>
      </Stack>
    </Paper>
  );
}

/**
 * The outcomes of one cohort (the participants of one programme): survival curve, median sales change, net
 * jobs, naik kelas and legality gained, each beside the comparison group's figure.
 * Test ids: `cohort` (with `data-cohort`), the figures' `figure-sales|jobs|naik-kelas`, `legality-table`.
 */
export function CohortFigures({ cohort, comparison }: { cohort: CohortOutcome; comparison: CohortOutcome | null }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const n = (v: number) => formatNumber(v, lng);
  const sales = (c: CohortOutcome) => (c.medianSalesChangePercent === null ? t('followup.outcomes.noFigureShort') : `${formatPercentChange(c.medianSalesChangePercent, lng)} (${formatRupiahChange(c.medianSalesChangeRupiah, lng)})`);
  const jobs = (c: CohortOutcome) => t('followup.outcomes.jobsPer', { net: formatSigned(c.netJobs, lng), per: formatSigned(perBusiness(c.netJobs, c.participants), lng, 1), n: n(c.participants) });
  const naik = (c: CohortOutcome) => t('followup.outcomes.ofSample', { k: n(c.naikKelas), n: n(c.naikKelasSample), pct: shareOf(c.naikKelas, c.naikKelasSample) ?? '—' });
  const legality = legalityRows(cohort.legalityGained, comparison?.legalityGained ?? null);

  return (
    <Section title={cohort.label} testId="cohort">
      <Text size="sm" c="dimmed" data-cohort={cohort.cohort}>
        {t('followup.outcomes.participants', { n: n(cohort.participants) })}
        {comparison && ` · ${t('followup.outcomes.comparisonSize', { n: n(comparison.participants) })}`}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <div>
          <Text fw={600} mb={4}>
            {t('followup.outcomes.survivalTitle')}
          </Text>
          <SurvivalChart cohort={cohort.survival} comparison={comparison?.survival ?? null} />
          <Text size="sm" mt={4}>
            {t('followup.outcomes.latestStatus', { dormant: n(cohort.dormantLatest), closed: n(cohort.closedLatest) })}
          </Text>
        </div>
        <Stack gap="sm">
          <Figure
            testId="sales"
            raw={cohort.medianSalesChangePercent}
            label={t('followup.outcomes.salesChange')}
            value={formatPercentChange(cohort.medianSalesChangePercent, lng)}
            detail={t('followup.outcomes.salesDetail', { amount: formatRupiahChange(cohort.medianSalesChangeRupiah, lng), n: n(cohort.salesSample) })}
            comparison={comparison ? sales(comparison) : null}
          />
          <Figure
            testId="jobs"
            raw={cohort.netJobs}
            label={t('followup.outcomes.netJobs')}
            value={formatSigned(cohort.netJobs, lng)}
            detail={t('followup.outcomes.jobsDetail', { male: formatSigned(cohort.jobsByGender.male, lng), female: formatSigned(cohort.jobsByGender.female, lng), per: formatSigned(perBusiness(cohort.netJobs, cohort.participants), lng, 1) })}
            comparison={comparison ? jobs(comparison) : null}
          />
          <Figure testId="naik-kelas" raw={cohort.naikKelas} label={t('followup.outcomes.naikKelas')} value={naik(cohort)} comparison={comparison ? naik(comparison) : null} />
        </Stack>
      </SimpleGrid>
      <Table withTableBorder striped fz="sm" data-testid="legality-table" captionSide="top" maw={520}>
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('followup.outcomes.legality')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followup.outcomes.licence')}</Table.Th>
            <Table.Th className="num">{t('followup.outcomes.cohortSeries')}</Table.Th>
            <Table.Th className="num">{t('followup.outcomes.comparisonSeries')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {legality.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={3}>{t('followup.outcomes.noLegality')}</Table.Td>
            </Table.Tr>
          )}
          {legality.map((r) => (
            <Table.Tr key={r.kind} data-kind={r.kind} data-count={r.cohort}>
              <Table.Th scope="row" fw={500}>
                {t(`options.licenceKind.${r.kind}`, { defaultValue: r.kind })}
              </Table.Th>
              <Table.Td className="num">{n(r.cohort)}</Table.Td>
              <Table.Td className="num">{r.comparison === null ? '—' : n(r.comparison)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
