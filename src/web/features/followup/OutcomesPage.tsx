import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';
import { useTenantCode } from '../auth/session';
import { useRegions } from '../registry/registry.api';
import { useFollowupAccess } from './access';
import { localToday } from './checkinForm';
import { CohortFigures } from './CohortFigures';
import { CoverageFigures } from './CoverageFigures';
import { useOutcomes } from './followup.api';
import { outcomesQuery, outcomesXlsxUrl, readOutcomeParams } from './outcomeFigures';
import { KecamatanSelect, ProgrammeSelect } from './Pickers';

/**
 * "Hasil program" (/followup/outcomes, and /programmes/:id/outcomes preselected): per programme or per
 * kecamatan and as of a date, each cohort's survival curve, median sales change, net jobs, naik kelas and
 * legality gained beside the comparison group's, the follow-up coverage, the honest caveat and the xlsx.
 * Test ids: `outcomes-by-programme|kecamatan`, `outcomes-programme`, `outcomes-kecamatan`, `outcomes-asof`, `outcomes-xlsx`, `outcomes-caveat`, `outcomes-choose`, `outcomes-empty`.
 */
export default function OutcomesPage() {
  const { t, i18n } = useTranslation();
  const kw = useTenantCode();
  const access = useFollowupAccess();
  const regions = useRegions(kw);
  const { id: routeProgrammeId } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const today = localToday();
  const { scope, asOf } = readOutcomeParams(search, routeProgrammeId, today);
  const query = outcomesQuery(scope, asOf);
  const outcomes = useOutcomes(kw, query);

  // The programme route is only an entry point: any change continues on /followup/outcomes with the query.
  const go = (next: Record<string, string>) => {
    const params = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== ''));
    if (routeProgrammeId) void navigate({ pathname: '/followup/outcomes', search: `?${new URLSearchParams(params)}` }, { replace: true });
    else setSearch(params, { replace: true });
  };
  const current = { asOf: asOf === today ? '' : asOf, ...(scope.kind === 'programme' ? { programmeId: scope.programmeId ?? '' } : { by: 'kecamatan', kecamatan: scope.kecamatan ?? '' }) };

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <PageTitle text={t('followup.outcomes.title')} />
        <Text c="dimmed">{t('followup.outcomes.subtitle')}</Text>
      </div>
      <Radio.Group label={t('followup.outcomes.by')} value={scope.kind} onChange={(v) => go(v === 'kecamatan' ? { by: 'kecamatan', asOf: current.asOf } : { asOf: current.asOf })} data-testid="outcomes-by">
        <Group gap="lg" mt={6}>
          <Radio value="programme" label={t('followup.outcomes.byProgramme')} data-testid="outcomes-by-programme" />
          <Radio value="kecamatan" label={t('followup.outcomes.byKecamatan')} data-testid="outcomes-by-kecamatan" />
        </Group>
      </Radio.Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {scope.kind === 'programme' ? (
          <ProgrammeSelect kw={kw} label={t('followup.programme')} placeholder={t('followup.outcomes.chooseProgramme')} value={scope.programmeId ?? ''} onChange={(programmeId) => go({ ...current, programmeId })} data-testid="outcomes-programme" style={{ flex: '1 1 280px', maxWidth: 560 }} />
        ) : (
          <KecamatanSelect label={t('followup.kecamatan')} placeholder={t('followup.outcomes.chooseKecamatan')} regions={regions.data} limitTo={access.kecamatanCodes} value={scope.kecamatan ?? ''} onChange={(kecamatan) => go({ ...current, kecamatan })} data-testid="outcomes-kecamatan" style={{ flex: '1 1 240px', maxWidth: 400 }} />
        )}
        <TextInput type="date" label={t('followup.outcomes.asOf')} value={asOf} max={today} onChange={(e) => go({ ...current, asOf: e.currentTarget.value === today ? '' : e.currentTarget.value })} data-testid="outcomes-asof" w={180} />
      </Group>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="outcomes-caveat">
        {t('followup.outcomes.caveat')}
      </Alert>
      {query === null ? (
        <Text c="dimmed" data-testid="outcomes-choose">
          {t('followup.outcomes.choose')}
        </Text>
      ) : outcomes.isPending ? (
        <PageLoader />
      ) : outcomes.isError ? (
        <QueryError error={outcomes.error} onRetry={() => void outcomes.refetch()} />
      ) : (
        <Stack gap="md" aria-busy={outcomes.isPlaceholderData} data-testid="outcomes">
          <Group justify="space-between" align="center" gap="sm">
            <Text fw={600}>{t('followup.outcomes.scopeAsOf', { title: outcomes.data.scope.title, date: formatDate(outcomes.data.asOf, i18n.language) })}</Text>
            <Button component="a" href={outcomesXlsxUrl(kw, query, i18n.language)} download variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} data-testid="outcomes-xlsx">
              {t('followup.outcomes.xlsx')}
            </Button>
          </Group>
          <CoverageFigures followup={outcomes.data.followup} programmeId={outcomes.data.scope.programmeId} kecamatan={outcomes.data.scope.kecamatan} />
          {outcomes.data.cohorts.length === 0 ? (
            <Text c="dimmed" data-testid="outcomes-empty">
              {t('followup.outcomes.empty')}
            </Text>
          ) : (
            outcomes.data.cohorts.map((c) => <CohortFigures key={c.cohort} cohort={c} comparison={outcomes.data.comparison} />)
          )}
        </Stack>
      )}
    </Stack>
  );
}
