import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useTenantCode } from '../auth/session';
import { useFollowupAccess } from './access';
import { CheckinCard } from './CheckinCard';
import { ConflictPanel } from './ConflictPanel';
import { useCheckins } from './followup.api';
import { observedOfCheckin } from './conflict';
import { BackToWorklist } from './BackToWorklist';

/**
 * "Konflik data" (/followup/conflicts): check-ins that met a business changed meanwhile, still unresolved.
 * Each shows the visit and, on demand, the side-by-side resolution against the registry as it is now.
 * Test ids: `conflicts-empty`, `conflict-card` (with `data-checkin-id`), `conflict-open`.
 */
export default function ConflictsPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { writes } = useFollowupAccess();
  const conflicts = useCheckins(kw, { conflicts: true });
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <Stack gap="md" maw={900}>
      <BackToWorklist />
      <div>
        <PageTitle text={t('followup.conflicts.title')} />
        <Text c="dimmed">{t('followup.conflicts.subtitle')}</Text>
      </div>
      {conflicts.isPending ? (
        <PageLoader />
      ) : conflicts.isError ? (
        <QueryError error={conflicts.error} onRetry={() => void conflicts.refetch()} />
      ) : conflicts.data.items.length === 0 ? (
        <Alert color="green" data-testid="conflicts-empty">
          {t('followup.conflicts.empty')}
        </Alert>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {conflicts.data.items.map((c) => (
            <li key={c.id}>
              <Stack gap="xs" data-testid="conflict-card" data-checkin-id={c.id}>
                <CheckinCard kw={kw} c={c} showBusiness />
                {writes && openId !== c.id && (
                  <Button variant="light" color="orange" w="fit-content" onClick={() => setOpenId(c.id)} data-testid="conflict-open">
                    {t('followup.conflict.open')}
                  </Button>
                )}
                {writes && openId === c.id && c.conflict && (
                  <Card withBorder padding="md" radius="md">
                    <ConflictPanel kw={kw} checkinId={c.id} businessId={c.businessId} checkin={observedOfCheckin(c)} flagged={c.conflict.fields} onResolved={() => setOpenId(null)} />
                  </Card>
                )}
              </Stack>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
