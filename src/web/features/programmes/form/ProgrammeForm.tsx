import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { ProgrammeView, Regions } from '../../../api/types';
import { reloadMerge } from '../../../lib/formMerge';
import { errorMessage, translateKey } from '../../../lib/messages';
import { ConflictAlert, type ConflictState } from '../../registry/form/ConflictAlert';
import { ErrorSummary, type SummaryItem } from '../../registry/form/ErrorSummary';
import {
  checkProgramme,
  emptyProgramme,
  formPathOf,
  formToInput,
  programmeToForm,
} from '../programmeForm';
import { fetchLatestProgramme, useCreateProgramme, useUpdateProgramme } from '../programmes.api';
import { checkRules } from '../rules';
import { BasicsSection } from './BasicsSection';
import { BudgetSection } from './BudgetSection';
import { FollowupSection } from './FollowupSection';
import { programmeFieldLabel } from './formTypes';
import { RulesSection } from './RulesSection';
import { TargetsSection } from './TargetsSection';

interface Props {
  kw: string;
  /** The programme as it was when the user opened it (edit); absent on create. */
  detail?: ProgrammeView;
  year: number;
  regions: Regions | undefined;
  onSaved: (saved: ProgrammeView) => void;
  onCancel: () => void;
}

/**
 * The programme create/edit form. Client checks are a convenience; the server's 422 field errors appear
 * under the inputs and in a summary; a 409 offers the latest version while keeping what the user typed
 * (as on the business form). Test ids: `programme-form`, `form-submit`, `form-cancel`, `form-error`.
 */
export function ProgrammeForm({ kw, detail, year, regions, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: detail ? programmeToForm(detail) : emptyProgramme(year) });
  const [base, setBase] = useState(detail);
  const [summary, setSummary] = useState<{ title: string; items: SummaryItem[] } | null>(null);
  const [otherError, setOtherError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ConflictState>({ kind: 'none' });
  const [reloading, setReloading] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const create = useCreateProgramme(kw);
  const update = useUpdateProgramme(kw, detail?.id ?? '');

  useEffect(() => {
    if (summary) summaryRef.current?.focus();
  }, [summary]);

  const show = (title: string, errors: { field: string; message: string }[]) => {
    form.setErrors(Object.fromEntries(errors.map((e) => [e.field, e.message])));
    setSummary({ title, items: errors.map((e) => ({ field: e.field, label: programmeFieldLabel(t, e.field), message: e.message })) });
  };

  const onError = (e: unknown) => {
    if (isApiError(e, 422) && e.fields.length > 0) {
      show(translateKey(t, e.messageKey, e.params), e.fields.map((f) => ({ field: formPathOf(f.field), message: translateKey(t, f.messageKey, f.params) })));
      return;
    }
    if (isApiError(e, 409)) setConflict({ kind: 'conflict' });
    else setOtherError(e);
    topRef.current?.scrollIntoView({ block: 'start' });
  };

  const submit = form.onSubmit((values) => {
    setSummary(null);
    setOtherError(null);
    const clientErrors = { ...checkProgramme(values), ...checkRules(values.rules) };
    if (Object.keys(clientErrors).length > 0) {
      show(t('business.form.summary'), Object.entries(clientErrors).map(([field, key]) => ({ field, message: translateKey(t, key) })));
      return;
    }
    if (!base) {
      create.mutate(formToInput(values), { onSuccess: onSaved, onError });
      return;
    }
    update.mutate(
      { ...formToInput(values), version: base.version },
      {
        onSuccess: (saved) => {
          setConflict({ kind: 'none' });
          onSaved(saved);
        },
        onError,
      },
    );
  });

  const reloadLatest = async () => {
    if (!base) return;
    setReloading(true);
    try {
      const latest = await fetchLatestProgramme(queryClient, kw, base.id);
      const { values, ...changed } = reloadMerge(form.getValues(), programmeToForm(base), programmeToForm(latest), 'rules', (p) => programmeFieldLabel(t, p));
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

  return (
    <form onSubmit={submit} noValidate data-testid="programme-form">
      <Stack gap="md" ref={topRef} style={{ scrollMarginTop: 72 }}>
        <ConflictAlert state={conflict} loading={reloading} onReload={() => void reloadLatest()} />
        {otherError !== null && (
          <Alert color="red" role="alert" data-testid="form-error">
            {errorMessage(t, otherError)}
          </Alert>
        )}
        {summary && <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} />}
        <BasicsSection form={form} />
        <BudgetSection form={form} />
        <TargetsSection form={form} regions={regions} />
        <RulesSection form={form} />
        <FollowupSection form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} disabled={conflict.kind === 'conflict' || conflict.kind === 'deleted'} data-testid="form-submit">
            {base ? t('business.form.submitEdit') : t('programmes.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
