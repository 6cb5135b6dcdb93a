import { ActionIcon, Group, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The inputs of one session (title, date, start, end) at `path` (e.g. `sessions.0`) of any form, with an
 * optional remove button. Native date and time pickers suit phones. Test ids: `<prefix>-title|date|start|end|remove`.
 */
export function SessionRowFields<V>({ form, path, prefix, n, onRemove }: { form: UseFormReturnType<V>; path: string; prefix: string; n: number; onRemove?: () => void }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`programmes.session.${key}`);
  return (
    <fieldset style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, padding: '8px 12px', margin: 0 }} data-testid={prefix}>
      <legend style={{ fontWeight: 600, fontSize: 14 }}>{t('programmes.session.rowLegend', { n })}</legend>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput label={f('title')} required style={{ flex: 1 }} {...form.getInputProps(`${path}.title`)} data-testid={`${prefix}-title`} />
        {onRemove && (
          <ActionIcon variant="subtle" color="red" size="lg" mb={2} onClick={onRemove} aria-label={t('programmes.session.removeRow', { n })} data-testid={`${prefix}-remove`}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mt="xs">
        <TextInput type="date" label={f('date')} required {...form.getInputProps(`${path}.date`)} data-testid={`${prefix}-date`} />
        <TextInput type="time" label={f('start')} required {...form.getInputProps(`${path}.start`)} data-testid={`${prefix}-start`} />
        <TextInput type="time" label={f('end')} required {...form.getInputProps(`${path}.end`)} data-testid={`${prefix}-end`} />
      </SimpleGrid>
    </fieldset>
  );
}
