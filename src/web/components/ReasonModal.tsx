import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReasonModalProps {
  opened: boolean;
  title: string;
  /** What is about to happen, in a sentence. */
  body?: string;
  label: string;
  hint?: string;
  confirmLabel: string;
  color: 'orange' | 'red';
  /** Shortest reason accepted (characters, trimmed), and the message when shorter. */
  minLength: number;
  tooShort: string;
  loading: boolean;
  /** A translated server error to show. */
  error: string | null;
  /** Prefix of the test ids: `<prefix>-reason`, `<prefix>-confirm`, `<prefix>-error`. */
  testId: string;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}

/**
 * Asks for a written reason before a decision that must be justified (accepting a screened-out candidate,
 * rejecting an owner's claim, revoking a certificate). The reason is sent to the server, which records it
 * and audits it.
 */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation();
  const { opened, minLength, onConfirm, testId } = props;
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (opened) {
      // The modal stays mounted while closed: each opening starts from an empty reason.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setReason('');
      setTouched(false);
    }
  }, [opened]);
  const short = reason.trim().length < minLength;
  return (
    <Modal opened={opened} onClose={props.onClose} title={props.title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!short) onConfirm(reason.trim());
        }}
      >
        <Stack gap="sm">
          {props.body && <Text size="sm">{props.body}</Text>}
          {props.error && (
            <Alert color="red" role="alert" data-testid={`${testId}-error`}>
              {props.error}
            </Alert>
          )}
          <Textarea
            label={props.label}
            description={props.hint}
            required
            autosize
            minRows={3}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && short ? props.tooShort : undefined}
            data-autofocus
            data-testid={`${testId}-reason`}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={props.color} loading={props.loading} data-testid={`${testId}-confirm`}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
