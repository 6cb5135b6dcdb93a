import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconChartBar, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ProgrammeStatus } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { useTenantCode } from '../auth/session';
import { useProgrammeAccess } from './access';
import { PROGRAMME_STATUSES, useProgrammeOptions } from './options';
import { ProgrammeList } from './ProgrammeList';
import { useYearParam, yearOptions } from './year';

/**
 * "Program" (/programmes): the year's programmes with status, kind, topic, target vs realised and batch
 * count; filters by year (?year=) and status (?status=); "Program baru" for admins and officers and the
 * link to the yearly report. Test ids: `programme-year`, `programme-status-filter`, `programme-new`, `programme-report-link`.
 */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { writes } = useProgrammeAccess();
  const options = useProgrammeOptions();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useYearParam();
  const askedStatus = params.get('status');
  const status: ProgrammeStatus | undefined = PROGRAMME_STATUSES.find((s) => s === askedStatus);

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <PageTitle text={t('programmes.title')} />
        <Text c="dimmed">{t('programmes.subtitle')}</Text>
      </div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('programmes.fields.year')}
          data={yearOptions()}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={120}
          data-testid="programme-year"
        />
        <Select
          label={t('programmes.fields.status')}
          data={[{ value: '', label: t('common.all') }, ...options.statuses]}
          value={status ?? ''}
          onChange={(v) => setParams((p) => ({ ...Object.fromEntries(p), status: v ?? '' }), { replace: true })}
          allowDeselect={false}
          w={160}
          data-testid="programme-status-filter"
        />
        <Group gap="sm" ml={{ base: 0, sm: 'auto' }}>
          <Button component={Link} to={`/programmes/report?year=${year}`} variant="default" leftSection={<IconChartBar size={18} aria-hidden />} data-testid="programme-report-link">
            {t('programmes.report.link')}
          </Button>
          {writes && (
            <Button component={Link} to={`/programmes/new?year=${year}`} leftSection={<IconPlus size={18} aria-hidden />} data-testid="programme-new">
              {t('programmes.new')}
            </Button>
          )}
        </Group>
      </Group>
      <ProgrammeList kw={kw} year={year} status={status} />
    </Stack>
  );
}
