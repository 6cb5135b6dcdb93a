import { Badge, Button, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsDiff, IconChartLine } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatNumber } from '../../lib/format';
import { useTenantCode } from '../auth/session';
import { useRegions } from '../registry/registry.api';
import { useFollowupAccess } from './access';
import { CheckinModal, type CheckinTarget } from './CheckinModal';
import { DEFAULT_DROP_PERCENT, TASK_STATE_TABS } from './constants';
import { useAlerts, useSelfReportLink, useWorklist } from './followup.api';
import type { TaskState, TaskView } from './followup.types';
import { KecamatanSelect, ProgrammeSelect } from './Pickers';
import { SelfReportModal } from './SelfReportModal';
import { TaskCard } from './TaskCard';
import { readWorklistParams, type WorklistParams } from './worklistParams';

/**
 * "Tindak lanjut" (/followup): follow-up tasks filtered by kecamatan (assistants: the server limits them to
 * theirs) and programme, in tabs Jatuh tempo / Terlambat / Akan datang / Selesai with the server's counts.
 * The header links to the alerts (with their count), the conflicts and the outcomes.
 * Test ids: `worklist-kecamatan`, `worklist-programme`, `worklist-tab-<state>`, `worklist-empty`, `worklist-alerts`, `worklist-conflicts`.
 */
export default function WorklistPage() {
  const { t, i18n } = useTranslation();
  const kw = useTenantCode();
  const access = useFollowupAccess();
  const regions = useRegions(kw);
  const [search, setSearch] = useSearchParams();
  const filters = readWorklistParams(search);
  const worklist = useWorklist(kw, { kecamatan: filters.kecamatan || undefined, programmeId: filters.programmeId || undefined, state: filters.state });
  const alerts = useAlerts(kw, DEFAULT_DROP_PERCENT);
  const [checkin, setCheckin] = useState<CheckinTarget | null>(null);
  const [selfReportTask, setSelfReportTask] = useState<TaskView | null>(null);
  const selfReport = useSelfReportLink(kw);

  const set = (patch: Partial<WorklistParams>) =>
    setSearch((p) => Object.fromEntries(Object.entries({ ...Object.fromEntries(p), ...patch }).filter(([, v]) => v !== '')), { replace: true });
  const count = (s: TaskState) => worklist.data?.counts[s];
  const alertCount = alerts.data?.items.length ?? 0;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <PageTitle text={t('followup.worklist.title')} />
          <Text c="dimmed">{t('followup.worklist.subtitle')}</Text>
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to="/followup/alerts"
            variant="default"
            leftSection={<IconAlertTriangle size={18} aria-hidden />}
            rightSection={alertCount > 0 ? <Badge color="red" circle={alertCount < 10} aria-hidden>{formatNumber(alertCount, i18n.language)}</Badge> : undefined}
            aria-label={t('followup.alerts.linkCount', { count: alertCount })}
            data-testid="worklist-alerts"
          >
            {t('followup.alerts.title')}
          </Button>
          <Button component={Link} to="/followup/conflicts" variant="default" leftSection={<IconArrowsDiff size={18} aria-hidden />} data-testid="worklist-conflicts">
            {t('followup.conflicts.title')}
          </Button>
          <Button component={Link} to="/followup/outcomes" variant="default" leftSection={<IconChartLine size={18} aria-hidden />}>
            {t('followup.outcomes.title')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={720}>
        <KecamatanSelect
          label={t('followup.kecamatan')}
          regions={regions.data}
          limitTo={access.kecamatanCodes}
          allLabel={access.kecamatanCodes.length > 0 ? t('followup.myKecamatan') : t('followup.allKecamatan')}
          value={filters.kecamatan}
          onChange={(kecamatan) => set({ kecamatan })}
          data-testid="worklist-kecamatan"
        />
        <ProgrammeSelect kw={kw} label={t('followup.programme')} allLabel={t('followup.allProgrammes')} value={filters.programmeId} onChange={(programmeId) => set({ programmeId })} data-testid="worklist-programme" />
      </SimpleGrid>
      <Tabs value={filters.state} onChange={(v) => v && set({ state: v as TaskState })} keepMounted={false}>
        <Tabs.List>
          {TASK_STATE_TABS.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`worklist-tab-${s}`} data-count={count(s)}>
              {t(`followup.state.${s}`)} {count(s) !== undefined && <Badge variant="light" color={s === 'overdue' && (count(s) ?? 0) > 0 ? 'red' : 'gray'} ml={4}>{formatNumber(count(s), i18n.language)}</Badge>}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TASK_STATE_TABS.map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            {worklist.isPending ? (
              <PageLoader />
            ) : worklist.isError ? (
              <QueryError error={worklist.error} onRetry={() => void worklist.refetch()} />
            ) : worklist.data.items.length === 0 ? (
              <Text c="dimmed" data-testid="worklist-empty">
                {t(`followup.worklist.empty.${s}`)}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-busy={worklist.isPlaceholderData}>
                {worklist.data.items.map((task) => (
                  <li key={task.id}>
                    <TaskCard
                      task={task}
                      writes={access.writes}
                      onCheckin={(x) => setCheckin({ businessId: x.businessId, businessName: x.businessName, taskId: x.id })}
                      onSelfReport={(x) => {
                        setSelfReportTask(x);
                        selfReport.mutate(x.id);
                      }}
                    />
                  </li>
                ))}
              </SimpleGrid>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      {access.writes && <CheckinModal kw={kw} target={checkin} onClose={() => setCheckin(null)} />}
      <SelfReportModal
        task={selfReportTask}
        link={selfReport}
        onClose={() => {
          setSelfReportTask(null);
          selfReport.reset();
        }}
      />
    </Stack>
  );
}
