import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useBusiness } from '../registry/registry.api';
import { lastVisitOf, seenOf } from './checkinForm';
import { CheckinForm } from './CheckinForm';
import { ConflictPanel } from './ConflictPanel';
import { useCheckins } from './followup.api';
import type { ConflictAnswer, ObservedValues } from './followup.types';
import { newId } from './newId';

/** Which business (and task, if any) a visit is recorded for. */
export interface CheckinTarget {
  businessId: string;
  businessName: string;
  taskId: string | null;
}

/**
 * "Catat kunjungan": the office check-in in a dialog (full screen on phones). The business is loaded fresh
 * (its version is the check-in's base); a 'conflict' answer turns the dialog into the resolution.
 * Test ids: `checkin-modal`, `checkin-conflict`.
 */
export function CheckinModal({ kw, target, onClose }: { kw: string; target: CheckinTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('followup.form.title', { name: target.businessName }) : ''}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Keyed by the opening: a new dialog is a new check-in with a new id. */}
      {target && <CheckinFlow key={`${target.businessId}-${target.taskId}`} kw={kw} target={target} onClose={onClose} />}
    </Modal>
  );
}

function CheckinFlow({ kw, target, onClose }: { kw: string; target: CheckinTarget; onClose: () => void }) {
  const { t } = useTranslation();
  // Made once per opening: sending again (double click, retry after a timeout) reuses it and is stored once.
  const [id] = useState(newId);
  const [conflict, setConflict] = useState<ConflictAnswer | null>(null);
  const business = useBusiness(kw, target.businessId, true);
  const history = useCheckins(kw, { businessId: target.businessId });
  // The base version is the one the user saw when the form first showed, not a later refetch.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [seen, setSeen] = useState<ObservedValues | null>(null);
  if (business.data && baseVersion === null) {
    setBaseVersion(business.data.version);
    setSeen(seenOf(business.data));
  }

  if (business.isPending || history.isPending || baseVersion === null) return <PageLoader />;
  if (business.isError) return <QueryError error={business.error} onRetry={() => void business.refetch()} />;

  if (conflict) {
    return (
      <Stack gap="sm" data-testid="checkin-conflict">
        <Alert color="orange" role="alert">
          {t('followup.conflict.afterCheckin')}
        </Alert>
        <ConflictPanel kw={kw} checkinId={conflict.id} businessId={target.businessId} checkin={conflict.current.checkin} flagged={conflict.current.fields} onResolved={onClose} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm" data-testid="checkin-modal">
      <Text size="sm" c="dimmed">
        {t('followup.form.intro')}
      </Text>
      <CheckinForm
        kw={kw}
        business={business.data}
        lastVisit={lastVisitOf(history.data?.items ?? [])}
        context={{ id, businessId: target.businessId, taskId: target.taskId, baseVersion, seen }}
        onStored={(answer) => {
          notifications.show({ color: 'green', message: t(answer.result === 'duplicate' ? 'followup.form.duplicate' : 'followup.form.stored') });
          onClose();
        }}
        onConflict={setConflict}
        onCancel={onClose}
      />
    </Stack>
  );
}
