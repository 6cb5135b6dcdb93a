import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks why a claim is rejected (the owner sees it in the portal). Test ids: `claim-reject-reason`, `claim-confirm-reject`. */
export function RejectClaimModal({ opened, loading, error, onClose, onConfirm }: { opened: boolean; loading: boolean; error: string | null; onClose: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (opened) {
      setReason('');
      setTouched(false);
    }
  }, [opened]);
  const blank = reason.trim().length < 3;
  return (
    <Modal opened={opened} onClose={onClose} title={t('claims.rejectTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!blank) onConfirm(reason.trim());
        }}
      >
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Textarea
            label={t('claims.rejectReason')}
            description={t('claims.rejectHint')}
            required
            autosize
            minRows={3}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && blank ? t('validation.required') : undefined}
            data-autofocus
            data-testid="claim-reject-reason"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="claim-confirm-reject">
              {t('claims.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
