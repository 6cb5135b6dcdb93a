import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const IMPORT_STEPS = ['upload', 'mapping', 'check', 'result'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/**
 * Where the user is in the import: Unggah → Petakan kolom → Periksa → Selesai, as an ordered list
 * (the current step carries aria-current). Wraps on phones. Test id: `import-steps` (with `data-step`).
 */
export function ImportSteps({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  const at = IMPORT_STEPS.indexOf(current);
  return (
    <Group component="ol" gap="xs" wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('imports.steps.label')} data-testid="import-steps" data-step={current}>
      {IMPORT_STEPS.map((step, i) => {
        const done = i < at;
        const active = i === at;
        return (
          <Group component="li" key={step} gap={6} wrap="nowrap" aria-current={active ? 'step' : undefined}>
            <ThemeIcon size={24} radius="xl" variant={active ? 'filled' : 'light'} color={done || active ? 'blue' : 'gray'} aria-hidden>
              {done ? <IconCheck size={14} /> : <Text size="xs" fw={700}>{i + 1}</Text>}
            </ThemeIcon>
            <Text size="sm" fw={active ? 700 : 400} c={active ? undefined : 'dimmed'}>
              {t(`imports.steps.${step}`)}
              {done && <VisuallyHidden> ({t('imports.steps.done')})</VisuallyHidden>}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
