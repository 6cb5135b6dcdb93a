import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BusinessSummary } from '../../api/types';
import { NibBadge } from './NibBadge';
import { ScaleBadge } from './ScaleBadge';
import { StatusBadge } from './StatusBadge';

/** Registry results as a table (tablets and desktops). Each row: `registry-row` with `data-id`. */
export function RegistryTable({ items }: { items: BusinessSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="registry-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registry.columns.name')}</Table.Th>
            <Table.Th>{t('registry.columns.owner')}</Table.Th>
            <Table.Th>{t('registry.columns.sector')}</Table.Th>
            <Table.Th>{t('registry.columns.location')}</Table.Th>
            <Table.Th>{t('registry.columns.scale')}</Table.Th>
            <Table.Th>{t('registry.columns.status')}</Table.Th>
            <Table.Th>{t('registry.columns.nib')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((b) => (
            <Table.Tr key={b.id} data-testid="registry-row" data-id={b.id}>
              <Table.Td>
                <Anchor component={Link} to={`/businesses/${b.id}`} fw={600}>
                  {b.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{b.ownerName}</Table.Td>
              <Table.Td>{t(`options.sector.${b.sector}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{b.kecamatanName}</Text>
                <Text size="xs" c="dimmed">
                  {b.desaName}
                </Text>
              </Table.Td>
              <Table.Td>
                <ScaleBadge scale={b.scale} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={b.status} />
              </Table.Td>
              <Table.Td>
                <NibBadge hasNib={b.hasNib} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
