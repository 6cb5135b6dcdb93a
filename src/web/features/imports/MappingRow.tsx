import { Grid, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportColumn, ImportField } from '../../api/types';
import { IGNORE } from './fields';
import { columnLetter } from './mapping';

interface Props {
  column: ImportColumn;
  value: ImportField | null;
  options: { value: string; label: string }[];
  error?: string;
  disabled?: boolean;
  onChange: (field: ImportField | null) => void;
}

/**
 * One column of the uploaded sheet: its letter and header, two or three values found under it, and the
 * registry field it goes into ("Abaikan kolom" = not imported). Side by side on wide screens, stacked on
 * phones. Test ids: `import-mapping-row` with `data-column-index` (and `data-field`), `import-field-<index>`.
 */
export function MappingRow({ column, value, options, error, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const letter = columnLetter(column.index);
  const header = column.label.trim() || t('imports.mapping.noHeader');
  const samples = column.samples.filter((s) => s.trim() !== '').slice(0, 3);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="import-mapping-row"
      data-column-index={column.index}
      data-field={value ?? ''}
      bg={value ? undefined : 'gray.0'}
    >
      <Grid gap="sm" align="center">
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap={2}>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Text size="xs" c="dimmed" fw={700} aria-label={t('imports.mapping.columnLetter', { letter })}>
                {letter}
              </Text>
              <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                {header}
              </Text>
            </Group>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {samples.length > 0 ? t('imports.mapping.samples', { values: samples.map((s) => `“${s}”`).join(', ') }) : t('imports.mapping.noSamples')}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Select
            aria-label={t('imports.mapping.selectLabel', { column: `${letter} (${header})` })}
            data={options}
            value={value ?? IGNORE}
            onChange={(v) => onChange(!v || v === IGNORE ? null : (v as ImportField))}
            allowDeselect={false}
            searchable
            nothingFoundMessage="—"
            error={error}
            disabled={disabled}
            comboboxProps={{ withinPortal: true }}
            data-testid={`import-field-${column.index}`}
          />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
