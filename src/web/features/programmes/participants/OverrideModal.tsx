import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  name: string;
  loading: boolean;
  /** A translated server error to show (e.g. the reason was refused). */
  error: string | null;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}

/**
 * Accepting a candidate the rules screen out: the officer writes why (recorded and audited).
 * Test ids: `override-reason`, `override-confirm`, `override-error`.
 */
export function OverrideModal({ opened, name, loading, error, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (opened) {
      setReason('');
      setTouched(false);
    }
  }, [opened]);
  const blank = reason.trim().length < 5;
  return (
    <Modal opened={opened} onClose={onClose} title={t('programmes.override.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!blank) onConfirm(reason.trim());
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm">{t('programmes.override.body', { name })}</Text>
          {error && (
            <Alert color="red" role="alert" data-testid="override-error">
              {error}
            </Alert>
          )}
          <Textarea
            label={t('programmes.override.reason')}
            description={t('programmes.override.hint')}
            required
            autosize
            minRows={3}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && blank ? t('programmes.override.tooShort') : undefined}
            data-autofocus
            data-testid="override-reason"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading} data-testid="override-confirm">
              {t('programmes.override.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
