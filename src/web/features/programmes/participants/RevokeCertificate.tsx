import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificateOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../api/types';
import { ReasonModal } from '../../../components/ReasonModal';
import { errorMessage } from '../../../lib/messages';
import { useRevokeCertificate } from '../participants.api';

/**
 * "Cabut sertifikat": revokes a participant's certificate with a written reason (issued in error, attendance
 * found false). The public check then answers "dicabut"; the number is never reused.
 * Test ids: `certificate-revoke`, `revoke-reason`, `revoke-confirm`, `revoke-error`.
 */
export function RevokeCertificate({ kw, p }: { kw: string; p: ParticipantView & { certificateId: string } }) {
  const { t } = useTranslation();
  const revoke = useRevokeCertificate(kw);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" color="red" size="compact-sm" leftSection={<IconCertificateOff size={16} aria-hidden />} onClick={() => setOpen(true)} data-testid="certificate-revoke">
        {t('programmes.revoke.button')}
      </Button>
      <ReasonModal
        opened={open}
        title={t('programmes.revoke.title')}
        body={t('programmes.revoke.body', { name: p.ownerName })}
        label={t('programmes.revoke.reason')}
        hint={t('programmes.revoke.hint')}
        confirmLabel={t('programmes.revoke.confirm')}
        color="red"
        minLength={5}
        tooShort={t('programmes.override.tooShort')}
        loading={revoke.isPending}
        error={revoke.error ? errorMessage(t, revoke.error) : null}
        testId="revoke"
        onClose={() => setOpen(false)}
        onConfirm={(reason) =>
          revoke.mutate(
            { certificateId: p.certificateId, reason },
            {
              onSuccess: () => {
                setOpen(false);
                notifications.show({ color: 'green', message: t('programmes.revoke.done', { name: p.ownerName }) });
              },
            },
          )
        }
      />
    </>
  );
}
