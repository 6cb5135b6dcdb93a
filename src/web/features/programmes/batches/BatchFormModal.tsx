import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { BatchView } from '../../../api/types';
import { errorMessage, translateKey } from '../../../lib/messages';
import { batchToForm, batchToInput, checkBatch, emptyBatch } from '../batchForm';
import { useCreateBatch, useUpdateBatch } from '../programmes.api';
import { newSessionRow } from '../schedule';
import { SessionRowFields } from './SessionRowFields';

interface Props {
  kw: string;
  programmeId: string;
  /** The batch to edit; absent to add a new one. */
  batch?: BatchView;
  /** How many batches exist (names the new one "Angkatan n+1"). */
  count: number;
  opened: boolean;
  onClose: () => void;
}

/**
 * Add or edit a batch (angkatan): name, venue, capacity, trainers, dates, and on creation its first
 * sessions. Server field errors appear under the inputs. Test ids: `batch-form`, `batch-name`, `batch-venue`,
 * `batch-capacity`, `batch-trainers`, `batch-starts`, `batch-ends`, `batch-add-session-row`, `batch-session-<i>-*`,
 * `batch-submit`, `batch-error`.
 */
export function BatchFormModal({ kw, programmeId, batch, count, opened, onClose }: Props) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: batch ? batchToForm(batch) : emptyBatch(t('programmes.batch.defaultName', { n: count + 1 })) });
  const create = useCreateBatch(kw, programmeId);
  const update = useUpdateBatch(kw);
  const mutation = batch ? update : create;
  const b = (key: string) => t(`programmes.batch.${key}`);
  const phone = useMediaQuery('(max-width: 36em)');

  const onError = (e: unknown) => {
    if (isApiError(e, 422) && e.fields.length > 0) form.setErrors(Object.fromEntries(e.fields.map((f) => [f.field, translateKey(t, f.messageKey, f.params)])));
  };
  const submit = form.onSubmit((values) => {
    const errors = checkBatch(values);
    if (Object.keys(errors).length > 0) {
      form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, translateKey(t, v)])));
      return;
    }
    const body = batchToInput(values);
    const done = { onSuccess: () => { form.reset(); onClose(); }, onError };
    if (batch) update.mutate({ batchId: batch.id, body: { ...body, sessions: [] } }, done);
    else create.mutate(body, done);
  });
  const addRow = () => {
    const rows = form.getValues().sessions;
    const last = rows[rows.length - 1];
    form.insertListItem('sessions', newSessionRow(rows.length + 1, last?.date || form.getValues().startsOn, (n) => t('programmes.session.defaultTitle', { n })));
  };

  return (
    <Modal opened={opened} onClose={onClose} title={batch ? b('editTitle') : b('newTitle')} size="lg" fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate data-testid="batch-form">
        <Stack gap="sm">
          {mutation.isError && !isApiError(mutation.error, 422) && (
            <Alert color="red" role="alert" data-testid="batch-error">
              {errorMessage(t, mutation.error)}
            </Alert>
          )}
          <TextInput label={b('name')} required {...form.getInputProps('name')} data-testid="batch-name" />
          <TextInput label={b('venue')} {...form.getInputProps('venue')} data-testid="batch-venue" />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput label={b('capacity')} required min={1} max={10_000} allowDecimal={false} allowNegative={false} hideControls inputMode="numeric" {...form.getInputProps('capacity')} data-testid="batch-capacity" />
            <TextInput label={b('trainers')} {...form.getInputProps('trainers')} data-testid="batch-trainers" />
            <TextInput type="date" label={b('startsOn')} required {...form.getInputProps('startsOn')} data-testid="batch-starts" />
            <TextInput type="date" label={b('endsOn')} required {...form.getInputProps('endsOn')} data-testid="batch-ends" />
          </SimpleGrid>
          {batch ? (
            <Text size="sm" c="dimmed">{b('sessionsEditedBelow')}</Text>
          ) : (
            <Stack gap="xs">
              <Text fw={600}>{b('sessions')}</Text>
              {form.getValues().sessions.map((_, i) => (
                <SessionRowFields key={i} form={form} path={`sessions.${i}`} prefix={`batch-session-${i}`} n={i + 1} onRemove={() => form.removeListItem('sessions', i)} />
              ))}
              <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={addRow} w={{ base: '100%', xs: 'auto' }} data-testid="batch-add-session-row">
                {t('programmes.session.add')}
              </Button>
            </Stack>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="batch-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
