import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { BatchView } from '../../../api/types';
import { errorMessage, translateKey } from '../../../lib/messages';
import { useAddSession } from '../programmes.api';
import { checkSessionRow, newSessionRow, rowToSession } from '../schedule';
import { SessionRowFields } from './SessionRowFields';

/** Adds one session to an existing batch. Test ids: `session-form`, `session-new-*`, `session-submit`, `session-error`. */
export function SessionModal({ kw, batch, opened, onClose }: { kw: string; batch: BatchView; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const n = batch.sessions.length + 1;
  const form = useForm({ initialValues: { row: newSessionRow(n, batch.startsOn.slice(0, 10), (i) => t('programmes.session.defaultTitle', { n: i })) } });
  const add = useAddSession(kw);
  const submit = form.onSubmit(({ row }) => {
    const errors = checkSessionRow(row, { startsOn: batch.startsOn.slice(0, 10), endsOn: batch.endsOn.slice(0, 10) });
    if (Object.keys(errors).length > 0) {
      form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [`row.${k}`, translateKey(t, v)])));
      return;
    }
    add.mutate(
      { batchId: batch.id, body: rowToSession(row) },
      {
        onSuccess: () => {
          form.reset();
          onClose();
        },
        onError: (e) => {
          if (isApiError(e, 422) && e.fields.length > 0) form.setErrors(Object.fromEntries(e.fields.map((f) => [`row.${f.field === 'startsAt' ? 'start' : f.field === 'endsAt' ? 'end' : f.field}`, translateKey(t, f.messageKey, f.params)])));
        },
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('programmes.session.addTitle', { batch: batch.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate data-testid="session-form">
        <Stack gap="sm">
          {add.isError && !(isApiError(add.error, 422) && add.error.fields.length > 0) && (
            <Alert color="red" role="alert" data-testid="session-error">
              {errorMessage(t, add.error)}
            </Alert>
          )}
          <SessionRowFields form={form} path="row" prefix="session-new" n={n} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="session-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
