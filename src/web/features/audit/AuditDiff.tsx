import { Box, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import i18n from '../../i18n';
import { changedKeys, showValue } from './diff';

/** Bookkeeping keys that change on every save; shown only when nothing else changed. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);

function labelOf(entity: string, key: string): string {
  const prefix = entity === 'owner' ? 'business.ownerFields' : entity === 'business' ? 'business.fields' : null;
  const full = prefix ? `${prefix}.${key}` : '';
  if (prefix && i18n.exists(full)) return i18n.t(full);
  if (key.startsWith('owner.') && i18n.exists(`business.ownerFields.${key.slice(6)}`)) return i18n.t(`business.ownerFields.${key.slice(6)}`);
  return key;
}

/**
 * What an audit entry changed: each changed field with old → new, stacked so it reads on a
 * 360 px screen. Test id: `audit-diff` (each change has `data-key`).
 */
export function AuditDiff({ entity, before, after }: { entity: string; before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const all = changedKeys(before, after);
  const meaningful = all.filter((c) => !BOOKKEEPING.has(c.key));
  const changes = meaningful.length > 0 ? meaningful : all;
  if (changes.length === 0) return <Text size="sm" c="dimmed">{t('audit.noChanges')}</Text>;
  return (
    <Stack gap={6} component="ul" data-testid="audit-diff" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {changes.map((c) => (
        <Box component="li" key={c.key} data-key={c.key} p={6} bg="gray.0" style={{ borderRadius: 6, overflowWrap: 'anywhere' }}>
          <Text size="sm" fw={700} title={c.key}>
            {labelOf(entity, c.key)}
          </Text>
          <Text size="sm">
            <VisuallyHidden>{t('audit.before')}: </VisuallyHidden>
            <Text span size="sm" c="red.9" td={c.before !== undefined && c.before !== null ? 'line-through' : undefined}>
              {showValue(c.before)}
            </Text>
            <span aria-hidden> → </span>
            <VisuallyHidden>; {t('audit.after')}: </VisuallyHidden>
            <Text span size="sm" c="green.9" fw={600}>
              {showValue(c.after)}
            </Text>
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
