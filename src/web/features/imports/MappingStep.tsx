import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconBookmark, IconChecklist, IconCopy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunResult, ImportField, ImportView, TurnoverPeriod } from '../../api/types';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../lib/format';
import { ApiError } from '../../api/client';
import { errorMessage, translateKey } from '../../lib/messages';
import { IGNORE, IMPORT_FIELDS } from './fields';
import { useCheckImport } from './imports.api';
import { columnLetter, mappingOf, missingRequired, repeatedFields } from './mapping';
import { MappingRow } from './MappingRow';

/**
 * Step 2, "Petakan kolom": which registry field each column feeds, whether turnover figures are per month
 * or per year, and the source label. Banners tell when the mapping was remembered from an earlier file of
 * the same layout and when this very file was already committed. "Periksa (uji coba)" saves the mapping
 * and runs the dry run (not before the required fields are chosen, each for one column).
 * Test ids: `import-mapping`, `import-saved-mapping`, `import-same-file-warning`, `import-missing-fields`,
 * `import-turnover-monthly`, `import-turnover-yearly`, `import-label-edit`, `import-dry-run`, `import-error`.
 */
export function MappingStep({ kw, view, onChecked }: { kw: string; view: ImportView; onChecked: (result: DryRunResult) => void }) {
  const { t, i18n } = useTranslation();
  const check = useCheckImport(kw, view.id);
  const [mapping, setMapping] = useState(() => mappingOf(view.columns));
  const [turnoverPeriod, setTurnoverPeriod] = useState<TurnoverPeriod>(view.turnoverPeriod);
  const [label, setLabel] = useState(view.label);
  const [labelError, setLabelError] = useState<string>();

  const options = useMemo(
    () => [{ value: IGNORE, label: t('imports.mapping.ignore') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`imports.fields.${f}`) }))],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language: re-translate when the language changes
    [t, i18n.language],
  );
  const repeated = repeatedFields(mapping);
  const errorOf = (index: number): string | undefined => {
    const field = mapping[index];
    const columns = field ? repeated.get(field) : undefined;
    if (!field || !columns) return undefined;
    return t('imports.mapping.repeated', { columns: columns.map(columnLetter).join(', ') });
  };
  const missing = missingRequired(mapping);
  const fieldName = (f: string) => (i18n.exists(`imports.fields.${f}`) ? t(`imports.fields.${f}`) : f);
  // The server's reasons (422 with field problems, e.g. a required field not mapped), in words.
  const serverMessages =
    check.error instanceof ApiError && check.error.fields.length > 0
      ? check.error.fields.map((f) => translateKey(t, f.messageKey, { ...f.params, ...(f.params?.field ? { field: fieldName(String(f.params.field)) } : {}) }))
      : check.error
        ? [errorMessage(t, check.error)]
        : [];

  const submit = () => {
    if (label.trim().length < 2) {
      setLabelError(t('imports.upload.labelRequired'));
      return;
    }
    if (repeated.size > 0 || missing.length > 0) return;
    check.mutate({ mapping, turnoverPeriod, label: label.trim() }, { onSuccess: onChecked });
  };

  const setField = (index: number, field: ImportField | null) =>
    setMapping((m) => m.map((f, i) => (i === index ? field : f)));

  return (
    <Stack gap="md" data-testid="import-mapping">
      {view.sameFileCommitted && (
        <Alert color="orange" icon={<IconCopy aria-hidden />} title={t('imports.mapping.sameFileTitle')} data-testid="import-same-file-warning">
          {t('imports.mapping.sameFile', {
            date: formatDateTime(view.sameFileCommitted.committedAt, i18n.language),
            label: view.sameFileCommitted.label,
          })}
        </Alert>
      )}
      {view.mappingFromSavedSource && (
        <Alert color="blue" icon={<IconBookmark aria-hidden />} data-testid="import-saved-mapping">
          {t('imports.mapping.savedSource')}
        </Alert>
      )}
      <Section title={t('imports.mapping.title')}>
        <Text size="sm" c="dimmed">
          {t('imports.mapping.hint', { row: view.headerRow })}
        </Text>
        <Stack gap="xs">
          {view.columns.map((column) => (
            <MappingRow
              key={column.index}
              column={column}
              value={mapping[column.index] ?? null}
              options={options}
              error={errorOf(column.index)}
              disabled={check.isPending}
              onChange={(field) => setField(column.index, field)}
            />
          ))}
        </Stack>
      </Section>
      <Section title={t('imports.mapping.optionsTitle')}>
        {view.ambiguousTurnover && (
        <Radio.Group
          label={t('imports.mapping.turnoverLabel')}
          description={t('imports.mapping.turnoverHint')}
          value={turnoverPeriod}
          onChange={(v) => setTurnoverPeriod(v)}
        >
          <Group gap="lg" mt="xs">
            <Radio value="monthly" label={t('imports.mapping.monthly')} data-testid="import-turnover-monthly" />
            <Radio value="yearly" label={t('imports.mapping.yearly')} data-testid="import-turnover-yearly" />
          </Group>
        </Radio.Group>
        )}
        <TextInput
          label={t('imports.upload.label')}
          description={t('imports.upload.labelHint')}
          required
          maxLength={120}
          value={label}
          onChange={(e) => {
            setLabel(e.currentTarget.value);
            setLabelError(undefined);
          }}
          error={labelError}
          data-testid="import-label-edit"
        />
      </Section>
      {missing.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="import-missing-fields">
          {t('imports.mapping.missing', { fields: missing.map(fieldName).join(', ') })}
        </Alert>
      )}
      {repeated.size > 0 && (
        <Alert color="red" role="alert" data-testid="import-repeated-fields">
          {t('imports.mapping.repeatedSummary')}
        </Alert>
      )}
      {serverMessages.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="import-error">
          {serverMessages.join(' ')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={submit} loading={check.isPending} disabled={missing.length > 0 || repeated.size > 0} leftSection={<IconChecklist size={18} aria-hidden />} w={{ base: '100%', xs: 'auto' }} data-testid="import-dry-run">
          {t('imports.mapping.dryRun')}
        </Button>
      </Group>
    </Stack>
  );
}
