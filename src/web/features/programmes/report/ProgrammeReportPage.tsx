import { Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CountRow } from '../../../api/types';
import { PageLoader } from '../../../components/PageLoader';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { Section } from '../../../components/Section';
import { formatNumber } from '../../../lib/format';
import { translateOr } from '../../../lib/messages';
import { useTenantCode } from '../../auth/session';
import { useProgrammeReport } from '../attendance.api';
import { percentOf } from '../needs';
import { useYearParam, yearOptions } from '../year';
import { CountTable } from './CountTable';
import { NeedsTable } from './NeedsTable';
import { TargetsTable } from './TargetsTable';

/** A big number with its label. */
function Tile({ label, value, note, testId }: { label: string; value: number; note?: string; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId} data-value={value}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={800} lh={1.1}>
        {formatNumber(value, i18n.language)}
      </Text>
      {note && <Text size="sm">{note}</Text>}
    </Paper>
  );
}

/**
 * "Laporan program" (/programmes/report?year=): participants by source, kecamatan and gender, first-time vs
 * repeat, needs stated vs places offered (shortfalls highlighted) and target vs realised per programme.
 * Test ids: `report-year`, `report-first-time`, `report-repeat`, `report-by-source`, `report-by-kecamatan`, `report-by-gender`.
 */
export default function ProgrammeReportPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const [year, setYear] = useYearParam();
  const report = useProgrammeReport(kw, year);
  const r = report.data;
  const sourceLabel = (row: CountRow) => translateOr(t, `programmes.source.${row.key}`, row.label);
  const genderLabel = (row: CountRow) => translateOr(t, `options.gender.${row.key}`, row.label || t('programmes.report.genderUnknown'));
  const firstTotal = r ? r.firstTime.first + r.firstTime.repeat : 0;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <PageTitle text={t('programmes.report.title', { year })} />
          <Text c="dimmed">{t('programmes.report.subtitle')}</Text>
        </div>
        <Select label={t('programmes.fields.year')} data={yearOptions()} value={String(year)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} w={120} data-testid="report-year" />
      </Group>
      {report.isPending && <PageLoader />}
      {report.isError && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {r && (
        <>
          <SimpleGrid cols={{ base: 2 }} spacing="sm">
            <Tile label={t('programmes.report.firstTime')} value={r.firstTime.first} note={`${percentOf(r.firstTime.first, firstTotal)}%`} testId="report-first-time" />
            <Tile label={t('programmes.report.repeat')} value={r.firstTime.repeat} note={`${percentOf(r.firstTime.repeat, firstTotal)}%`} testId="report-repeat" />
          </SimpleGrid>
          <Section title={t('programmes.report.targetsTitle')}>
            {r.targets.length === 0 ? <Text c="dimmed">{t('programmes.empty', { year })}</Text> : <TargetsTable rows={r.targets} />}
          </Section>
          <Section title={t('programmes.report.needsTitle')}>
            <Text size="sm" c="dimmed">
              {t('programmes.report.needsHint')}
            </Text>
            <NeedsTable rows={r.needsVsOffered} />
          </Section>
          <Section title={t('programmes.report.participantsTitle')}>
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              <CountTable rows={r.bySource} caption={t('programmes.report.bySource')} label={sourceLabel} testId="report-by-source" />
              <CountTable rows={r.byGender} caption={t('programmes.report.byGender')} label={genderLabel} testId="report-by-gender" />
              <CountTable rows={r.byKecamatan} caption={t('programmes.report.byKecamatan')} testId="report-by-kecamatan" />
            </SimpleGrid>
          </Section>
        </>
      )}
    </Stack>
  );
}
