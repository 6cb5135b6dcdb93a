import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { PairStatus } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { useTenantCode } from '../auth/session';
import { useImportAccess } from '../imports/access';
import { MergeHistory } from './MergeHistory';
import { PairList } from './PairList';
import { ScanButton } from './ScanButton';

const TABS: { status: PairStatus; testId: string }[] = [
  { status: 'open', testId: 'dup-tab-open' },
  { status: 'not_same', testId: 'dup-tab-not-same' },
  { status: 'merged', testId: 'dup-tab-merged' },
];
const isStatus = (v: string | null): v is PairStatus => TABS.some((tab) => tab.status === v);

/**
 * "Duplikat" (/duplicates): the queue of records that may be the same business, by status (Terbuka /
 * Bukan duplikat / Digabung, kept in ?status= and ?page=), "Pindai ulang" for officers and admins, and
 * the merge history with undo. Assistants see only pairs in their kecamatan (the server filters).
 * Test ids: `dup-tab-open`, `dup-tab-not-same`, `dup-tab-merged` (and those of the parts).
 */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { writes, scans } = useImportAccess();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status: PairStatus = isStatus(asked) ? asked : 'open';
  const page = Math.max(1, Number(params.get('page')) || 1);

  return (
    <Stack gap="md" maw={1200}>
      <div>
        <PageTitle text={t('duplicates.title')} />
        <Text c="dimmed">{t('duplicates.subtitle')}</Text>
      </div>
      {scans && <ScanButton kw={kw} />}
      <Tabs value={status} onChange={(v) => isStatus(v) && setParams(v === 'open' ? {} : { status: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.status} value={tab.status} data-testid={tab.testId}>
              {t(`duplicates.tabs.${tab.status}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.status} value={tab.status} pt="md">
            <PairList
              kw={kw}
              status={tab.status}
              page={page}
              canDecide={writes}
              onPage={(p) => setParams(p > 1 ? { ...(status === 'open' ? {} : { status }), page: String(p) } : status === 'open' ? {} : { status })}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      <MergeHistory kw={kw} canUndo={writes} />
    </Stack>
  );
}
