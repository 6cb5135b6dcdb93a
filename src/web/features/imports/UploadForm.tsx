import { Alert, Button, FileButton, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type ComponentProps, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportView } from '../../api/types';
import { Section } from '../../components/Section';
import { formatNumber } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { useImports, useUploadImport } from './imports.api';

/** The server's default limit, used until the server has said its own (import list `maxBytes`). */
export const MAX_UPLOAD_MB = 50;
/** "3,2 MB" / "850 KB" in the user's language. */
function formatSize(bytes: number, lng: string): string {
  const locale = lng === 'en' ? 'en-GB' : 'id-ID';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} KB`;
}

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * "Unggah berkas": a spreadsheet (.xlsx or .csv) and the label of its source (e.g. "Musrenbang 2026").
 * A refused file (wrong type, encrypted, too large, …) shows the server's reason and the form stays.
 * Test ids: `import-file-input` (the hidden file input), `import-file-choose`, `import-file-name`,
 * `import-label-input`, `import-upload`, `import-error`.
 */
export function UploadForm({ kw, onUploaded }: { kw: string; onUploaded: (view: ImportView) => void }) {
  const { t, i18n } = useTranslation();
  // Checked here too so nobody waits for a doomed upload; the limit is the server's (IMPORT_MAX_BYTES).
  const maxBytes = useImports(kw).data?.maxBytes;
  const maxMb = maxBytes ? Math.floor(maxBytes / 1024 / 1024) : MAX_UPLOAD_MB;
  const upload = useUploadImport(kw);
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<{ file?: string; label?: string }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!file) next.file = t('imports.upload.fileRequired');
    else if (file.size > (maxBytes ?? MAX_UPLOAD_MB * 1024 * 1024)) next.file = t('errors.import.too_large', { maxMb });
    if (label.trim().length < 2) next.label = t('imports.upload.labelRequired');
    setErrors(next);
    if (!file || next.file || next.label) return;
    upload.mutate({ file, label: label.trim() }, { onSuccess: onUploaded });
  };

  return (
    <Section title={t('imports.upload.title')} testId="import-upload-section">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('imports.upload.hint', { maxMb: formatNumber(maxMb, i18n.language) })}
          </Text>
          <Input.Wrapper label={t('imports.upload.file')} required error={errors.file} labelElement="div" id={fileId} errorProps={{ id: `${fileId}-error` }}>
            <Group gap="sm" wrap="wrap" mt={4}>
              <FileButton
                onChange={(picked) => {
                  setFile(picked);
                  setErrors((x) => ({ ...x, file: undefined }));
                  upload.reset();
                }}
                accept={ACCEPT}
                inputProps={{ 'data-testid': 'import-file-input', 'aria-hidden': true, tabIndex: -1 } as ComponentProps<'input'>}
              >
                {(props) => (
                  <Button
                    {...props}
                    variant="default"
                    leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                    aria-label={`${t('imports.upload.choose')}: ${t('imports.upload.file')}`}
                    aria-describedby={`${fileId}-name${errors.file ? ` ${fileId}-error` : ''}`}
                    aria-invalid={Boolean(errors.file)}
                    data-testid="import-file-choose"
                  >
                    {t('imports.upload.choose')}
                  </Button>
                )}
              </FileButton>
              <Text id={`${fileId}-name`} size="sm" c={file ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }} data-testid="import-file-name">
                {file ? t('imports.upload.chosen', { name: file.name, size: formatSize(file.size, i18n.language) }) : t('imports.upload.noFile')}
              </Text>
            </Group>
          </Input.Wrapper>
          <TextInput
            label={t('imports.upload.label')}
            description={t('imports.upload.labelHint')}
            placeholder={t('imports.upload.labelPlaceholder')}
            required
            maxLength={120}
            value={label}
            onChange={(e) => {
              setLabel(e.currentTarget.value);
              setErrors((x) => ({ ...x, label: undefined }));
            }}
            error={errors.label}
            autoComplete="off"
            data-testid="import-label-input"
          />
          {upload.isError && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" title={t('imports.upload.failed')} data-testid="import-error">
              {errorMessage(t, upload.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={upload.isPending} leftSection={<IconUpload size={18} aria-hidden />} w={{ base: '100%', xs: 'auto' }} data-testid="import-upload">
              {t('imports.upload.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
