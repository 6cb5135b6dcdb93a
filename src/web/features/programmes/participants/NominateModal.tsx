import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { BusinessSummary, Regions } from '../../../api/types';
import { errorMessage, translateKey } from '../../../lib/messages';
import { useNominate } from '../participants.api';
import { emptySourceForm, missingSourceFields, toSourceDetail } from '../sources';
import { BusinessPicker } from './BusinessPicker';
import { type NominateFormValues, SourceFields } from './SourceFields';

interface Props {
  kw: string;
  batchId: string;
  batchName: string;
  regions: Regions | undefined;
  /** Assistants nominate as "assistant referral" by default. */
  defaultSource: NominateFormValues['source'];
  opened: boolean;
  onClose: () => void;
}

/**
 * "Usulkan peserta": find the business in the registry, say where the nomination comes from, send it.
 * The candidate then appears in the screened list. Test ids: `nominate-form`, `nominate-submit`, `nominate-error`.
 */
export function NominateModal({ kw, batchId, batchName, regions, defaultSource, opened, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [business, setBusiness] = useState<BusinessSummary | null>(null);
  const [businessError, setBusinessError] = useState(false);
  const form = useForm<NominateFormValues>({ initialValues: { source: defaultSource, detail: emptySourceForm(new Date().getFullYear()) } });
  const nominate = useNominate(kw, batchId);

  const close = () => {
    setBusiness(null);
    form.reset();
    nominate.reset();
    onClose();
  };
  const pick = (b: BusinessSummary | null) => {
    setBusiness(b);
    setBusinessError(false);
    if (b && !form.getValues().detail.desaCode) form.setFieldValue('detail.desaCode', b.desaCode);
  };
  const submit = form.onSubmit(({ source, detail }) => {
    setBusinessError(!business);
    if (!source) form.setFieldError('source', t('validation.required'));
    if (!business || !source) return;
    const missing = missingSourceFields(source, detail);
    if (missing.length > 0) {
      form.setErrors(Object.fromEntries(missing.map((f) => [`detail.${f}`, t('errors.programme.sourceDetailRequired')])));
      return;
    }
    nominate.mutate(
      { businessId: business.id, source, sourceDetail: toSourceDetail(source, detail) },
      {
        onSuccess: (p) => {
          notifications.show({ color: 'green', message: t('programmes.nominate.done', { name: p.businessName }) });
          close();
        },
        onError: (e) => {
          if (isApiError(e, 422)) form.setErrors(Object.fromEntries(e.fields.map((f) => [f.field.replace(/^sourceDetail\./, 'detail.'), translateKey(t, f.messageKey, f.params)])));
        },
      },
    );
  });
  const fieldErrors = isApiError(nominate.error, 422) && nominate.error.fields.length > 0;

  return (
    <Modal opened={opened} onClose={close} title={t('programmes.nominate.title', { batch: batchName })} size="lg" fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate data-testid="nominate-form">
        <Stack gap="md">
          {nominate.isError && !fieldErrors && (
            <Alert color={isApiError(nominate.error, 409) ? 'orange' : 'red'} role="alert" data-testid="nominate-error">
              {errorMessage(t, nominate.error)}
            </Alert>
          )}
          <BusinessPicker kw={kw} value={business} onChange={pick} />
          {businessError && (
            <Alert color="red" role="alert" p="xs">
              {t('programmes.nominate.chooseBusiness')}
            </Alert>
          )}
          <SourceFields form={form} regions={regions} kecamatanCode={business?.kecamatanCode ?? null} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={nominate.isPending} data-testid="nominate-submit">
              {t('programmes.nominate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
