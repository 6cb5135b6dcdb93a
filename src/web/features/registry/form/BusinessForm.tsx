import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { BusinessDetail, Regions } from '../../../api/types';
import { errorMessage, translateKey } from '../../../lib/messages';
import { fetchLatestBusiness, useCreateBusiness, useUpdateBusiness } from '../registry.api';
import { BusinessSection } from './BusinessSection';
import { ConflictAlert, type ConflictState } from './ConflictAlert';
import { EconomySection } from './EconomySection';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { fieldLabel } from './fieldPaths';
import { reloadMerge } from '../../../lib/formMerge';
import { differingPaths, emptyValues, fromDetail, toCreateBody, toUpdateBody } from './formValues';
import { LicenceRows } from './LicenceRows';
import { LocationSection } from './LocationSection';
import { OwnerSection } from './OwnerSection';
import { validateForm } from './validateForm';

interface Props {
  kw: string;
  /** The business as it was when the user opened it (edit); absent on create. */
  detail?: BusinessDetail;
  regions: Regions | undefined;
  kecamatanCodes: string[] | null;
  onSaved: (saved: BusinessDetail) => void;
  onCancel: () => void;
}

/**
 * The create/edit form. Client checks are a convenience; the server's 422 field errors appear
 * under the matching inputs and in a summary. A 409 offers to load the latest version while
 * keeping what the user typed. Test ids: `form-*` (see the sections), `form-submit`, `form-cancel`.
 */
export function BusinessForm({ kw, detail, regions, kecamatanCodes, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: detail ? fromDetail(detail) : emptyValues() });
  const [base, setBase] = useState(detail);
  const [summary, setSummary] = useState<{ title: string; items: SummaryItem[] } | null>(null);
  const [otherError, setOtherError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ConflictState>({ kind: 'none' });
  const [reloading, setReloading] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const create = useCreateBusiness(kw);
  const update = useUpdateBusiness(kw, detail?.id ?? '');
  const ownerEditable = !base || (!base.owner.masked && base.owner.editable);

  useEffect(() => {
    if (summary) summaryRef.current?.focus();
  }, [summary]);

  const toItems = (errors: { field: string; message: string }[]): SummaryItem[] =>
    errors.map((e) => ({ field: e.field, label: fieldLabel(t, e.field), message: e.message }));

  const onError = (e: unknown) => {
    if (isApiError(e, 422) && e.fields.length > 0) {
      const placed = e.fields.map((f) => ({ field: f.field, message: translateKey(t, f.messageKey, f.params) }));
      form.setErrors(Object.fromEntries(placed.map((p) => [p.field, p.message])));
      setSummary({ title: translateKey(t, e.messageKey, e.params), items: toItems(placed) });
    } else if (isApiError(e, 409)) {
      setConflict({ kind: 'conflict' });
      topRef.current?.scrollIntoView({ block: 'start' });
    } else {
      setOtherError(e);
      topRef.current?.scrollIntoView({ block: 'start' });
    }
  };

  const submit = form.onSubmit((values) => {
    setSummary(null);
    setOtherError(null);
    const clientErrors = validateForm(t, values, ownerEditable);
    if (Object.keys(clientErrors).length > 0) {
      form.setErrors(clientErrors);
      setSummary({ title: t('business.form.summary'), items: toItems(Object.entries(clientErrors).map(([field, message]) => ({ field, message }))) });
      return;
    }
    if (!base) {
      create.mutate(toCreateBody(values), { onSuccess: onSaved, onError });
      return;
    }
    const ownerChanged = differingPaths(values, fromDetail(base)).some((p) => p.startsWith('owner.'));
    update.mutate(toUpdateBody(values, base, ownerChanged), {
      onSuccess: (saved) => {
        setConflict({ kind: 'none' });
        onSaved(saved);
      },
      onError,
    });
  });

  const reloadLatest = async () => {
    if (!base) return;
    setReloading(true);
    try {
      const latest = await fetchLatestBusiness(queryClient, kw, base.id);
      const { values, ...changed } = reloadMerge(form.getValues(), fromDetail(base), fromDetail(latest), 'owner', (p) => fieldLabel(t, p));
      form.setValues(values);
      setBase(latest);
      setConflict({ kind: 'reloaded', ...changed });
    } catch (e) {
      if (isApiError(e, 404)) setConflict({ kind: 'deleted' });
      else setOtherError(e);
    } finally {
      setReloading(false);
    }
  };

  const saving = create.isPending || update.isPending;
  return (
    <form onSubmit={submit} noValidate data-testid="business-form">
      <Stack gap="md" ref={topRef} style={{ scrollMarginTop: 72 }}>
        <ConflictAlert state={conflict} loading={reloading} onReload={() => void reloadLatest()} />
        {otherError !== null && (
          <Alert color="red" role="alert" data-testid="form-error">
            {errorMessage(t, otherError)}
          </Alert>
        )}
        {summary && <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} />}
        <BusinessSection form={form} />
        <LocationSection form={form} regions={regions} kecamatanCodes={kecamatanCodes} />
        <OwnerSection form={form} owner={base?.owner} />
        <EconomySection form={form} />
        <LicenceRows form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={conflict.kind === 'conflict' || conflict.kind === 'deleted'} data-testid="form-submit">
            {base ? t('business.form.submitEdit') : t('business.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
