import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changedKeys, showValue } from './diff';

/** What an audit entry changed: each changed key with its old → new value. Test id: `audit-diff`. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = changedKeys(before, after);
  if (changes.length === 0) return <Text size="sm" c="dimmed">{t('audit.noChanges')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder fz="sm" data-testid="audit-diff" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{t('audit.field')}</Table.Th>
            <Table.Th>{t('audit.before')}</Table.Th>
            <Table.Th>{t('audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.key} data-key={c.key}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <code>{c.key}</code>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text span size="sm" c="red.9" td={c.after !== undefined ? 'line-through' : undefined}>
                  {showValue(c.before)}
                </Text>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text span size="sm" c="green.9">
                  {showValue(c.after)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
