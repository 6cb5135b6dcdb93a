import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useTenantCode } from '../auth/session';
import { useBusiness } from '../registry/registry.api';
import { useFollowupAccess } from './access';
import { CheckinCard } from './CheckinCard';
import { CheckinModal, type CheckinTarget } from './CheckinModal';
import { useCheckins } from './followup.api';
import { BackToWorklist } from './BackToWorklist';

/**
 * "Riwayat kunjungan" (/followup/businesses/:id): every check-in of one business, newest first, from the
 * field app, the owner's self-report and the office; writers may record a visit outside any task.
 * Test ids: `history-title`, `history-empty`, `history-record`.
 */
export default function HistoryPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { id } = useParams();
  const access = useFollowupAccess();
  const business = useBusiness(kw, id);
  const checkins = useCheckins(kw, { businessId: id ?? '' }, Boolean(id));
  const [target, setTarget] = useState<CheckinTarget | null>(null);

  if (business.isPending) return <PageLoader />;
  if (business.isError) return <QueryError error={business.error} onRetry={() => void business.refetch()} />;
  const b = business.data;
  const items = checkins.data?.items ?? [];

  return (
    <Stack gap="md" maw={1100}>
      <BackToWorklist />
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <PageTitle text={t('followup.history.title', { name: b.name })} testId="history-title" />
          <Text c="dimmed">
            <Anchor component={Link} to={`/businesses/${b.id}`}>
              {b.name}
            </Anchor>{' '}
            · {b.owner.fullName} · {b.desaName}, {b.kecamatanName}
          </Text>
        </div>
        {access.writes && (
          <Button leftSection={<IconClipboardCheck size={18} aria-hidden />} onClick={() => setTarget({ businessId: b.id, businessName: b.name, taskId: null })} data-testid="history-record">
            {t('followup.recordVisit')}
          </Button>
        )}
      </Group>
      {checkins.isPending ? (
        <PageLoader />
      ) : checkins.isError ? (
        <QueryError error={checkins.error} onRetry={() => void checkins.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed" data-testid="history-empty">
          {t('followup.history.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((c) => (
            <li key={c.id}>
              <CheckinCard kw={kw} c={c} />
            </li>
          ))}
        </Stack>
      )}
      {access.writes && <CheckinModal kw={kw} target={target} onClose={() => setTarget(null)} />}
    </Stack>
  );
}
