import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ClaimStatus } from '../../api/types';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useTenantCode } from '../auth/session';
import { ClaimCard } from './ClaimCard';
import { useClaims } from './claims.api';

const STATUSES: ClaimStatus[] = ['pending', 'approved', 'rejected'];
const isStatus = (v: string | null): v is ClaimStatus => STATUSES.some((s) => s === v);

function ClaimList({ kw, status }: { kw: string; status: ClaimStatus }) {
  const { t } = useTranslation();
  const list = useClaims(kw, status);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <Text c="dimmed" data-testid="claims-empty">{t(`claims.empty.${status}`)}</Text>;
  return (
    <Stack gap="sm">
      {list.data.items.map((c) => (
        <ClaimCard key={c.id} kw={kw} c={c} />
      ))}
    </Stack>
  );
}

/**
 * "Verifikasi pemilik" (/owner-claims, admins and officers): owners who signed up in the portal and asked to
 * be linked to a registry owner, or to register a new business, by status (?status=). Test ids:
 * `claims-tab-pending`, `claims-tab-approved`, `claims-tab-rejected`, `claims-empty` (and the card's).
 */
export default function OwnerClaimsPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status: ClaimStatus = isStatus(asked) ? asked : 'pending';
  return (
    <Stack gap="md" maw={900}>
      <div>
        <PageTitle text={t('claims.title')} />
        <Text c="dimmed">{t('claims.subtitle')}</Text>
      </div>
      <Tabs value={status} onChange={(v) => isStatus(v) && setParams(v === 'pending' ? {} : { status: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {STATUSES.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`claims-tab-${s}`}>
              {t(`claims.tabs.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {STATUSES.map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            <ClaimList kw={kw} status={s} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
