import { Anchor, Badge, Box, Button, Collapse, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditEntry } from '../../api/types';
import { translateOr } from '../../lib/messages';
import { formatDateTime } from '../../lib/format';
import { AuditDiff } from './AuditDiff';

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };

/**
 * One audit entry: when, who, what, a link to the record, and (on demand) its changes.
 * Test ids: `audit-row` (with `data-id`), `audit-toggle`, `audit-link`.
 */
export function AuditEntryItem({ entry, showLink }: { entry: AuditEntry; showLink: boolean }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const diffId = `audit-diff-${entry.id}`;
  const linkable = showLink && entry.entity === 'business' && entry.action !== 'delete';
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="audit-row" data-id={entry.id}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Box style={{ minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Badge color={ACTION_COLORS[entry.action] ?? 'gray'} variant="light" radius="sm" tt="none">
              {translateOr(t, `audit.action.${entry.action}`, entry.action)}
            </Badge>
            <Text fw={600} size="sm">
              {translateOr(t, `audit.entityName.${entry.entity}`, entry.entity)}
            </Text>
            {linkable && (
              <Anchor component={Link} to={`/businesses/${entry.entityId}`} size="sm" data-testid="audit-link">
                {t('audit.open')}
              </Anchor>
            )}
          </Group>
          <Text size="sm" c="dimmed" mt={2}>
            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time> · {entry.actorName}
          </Text>
        </Box>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggle}
          aria-expanded={opened}
          aria-controls={diffId}
          rightSection={opened ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
          data-testid="audit-toggle"
        >
          {opened ? t('audit.hideChanges') : t('audit.showChanges')}
        </Button>
      </Group>
      <Collapse expanded={opened} id={diffId} keepMounted={false}>
        <Box pt="sm">
          <AuditDiff entity={entry.entity} before={entry.before} after={entry.after} />
        </Box>
      </Collapse>
    </Paper>
  );
}
