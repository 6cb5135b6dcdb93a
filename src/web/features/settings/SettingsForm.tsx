import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldProblem } from '../../api/client';
import type { OfficeSettings } from '../../api/types';
import { errorMessage, translateKey } from '../../lib/messages';
import { AutoMergeSection } from './AutoMergeSection';
import { LetterheadSection } from './LetterheadSection';
import { ScaleRuleSection } from './ScaleRuleSection';
import { useSaveOfficeSettings } from './settings.api';
import { LETTERHEAD_FIELDS } from './settingsFields';

/** The API field paths this form has an input for (`letterhead.city`, `scaleRuleId`, …). */
const PLACED = new Set<string>(['scaleRuleId', 'autoMergeThreshold', ...LETTERHEAD_FIELDS.map((k) => `letterhead.${k}`)]);

/** The test id of the input for an API field path: `letterhead.city` → `settings-city`. */
const testIdOf = (path: string) => (path === 'autoMergeThreshold' ? 'settings-auto-merge' : `settings-${path.split('.').pop()}`);

const placedFields = (e: unknown): FieldProblem[] => (isApiError(e, 422) ? e.fields.filter((f) => PLACED.has(f.field)) : []);

/**
 * The office settings form: the letterhead with its live print preview, the scale rule and the
 * duplicate auto-merge threshold.
 * Server field errors (422) appear under their inputs; anything else in an alert above the button.
 * Test id: `settings-save` (the inputs' ids are listed on LetterheadSection and ScaleRuleSection).
 */
export function SettingsForm({ kw, initial, regencyName }: { kw: string; initial: OfficeSettings; regencyName: string }) {
  const { t } = useTranslation();
  const save = useSaveOfficeSettings(kw);
  const form = useForm<OfficeSettings>({ initialValues: initial });

  const submit = form.onSubmit((values) => {
    save.mutate(values, {
      onSuccess: (reply) => {
        const saved = { ...reply, autoMergeThreshold: reply.autoMergeThreshold ?? null };
        form.setInitialValues(saved);
        form.setValues(saved);
        notifications.show({ color: 'green', message: t('settings.saved') });
      },
      onError: (e) => {
        const fields = placedFields(e);
        for (const f of fields) form.setFieldError(f.field, translateKey(t, f.messageKey, f.params));
        if (fields[0]) document.querySelector<HTMLElement>(`[data-testid="${testIdOf(fields[0].field)}"]`)?.focus();
      },
    });
  });

  const unplacedError = save.isError && placedFields(save.error).length === 0;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <LetterheadSection form={form} regencyName={regencyName} />
        <ScaleRuleSection form={form} />
        <AutoMergeSection form={form} />
        {unplacedError && (
          <Alert color="red" role="alert" data-testid="settings-error">
            {errorMessage(t, save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" w={{ base: '100%', xs: 'auto' }} loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />} data-testid="settings-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
