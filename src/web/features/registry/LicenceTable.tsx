import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../api/types';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';

/** The business's licences (NIB, PIRT, Halal, …) on its detail page. */
export function LicenceTable({ licences }: { licences: BusinessDetail['licences'] }) {
  const { t, i18n } = useTranslation();
  const f = (key: string) => t(`business.licenceFields.${key}`);
  return (
    <Section title={t('business.sections.licences')} testId="detail-licences">
      {licences.length === 0 ? (
        <Text c="dimmed">{t('business.noLicences')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{f('kind')}</Table.Th>
                <Table.Th>{f('number')}</Table.Th>
                <Table.Th>{f('issuedOn')}</Table.Th>
                <Table.Th>{f('expiresOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {licences.map((l) => (
                <Table.Tr key={l.id} data-testid="detail-licence-row">
                  <Table.Td>
                    {t(`options.licenceKind.${l.kind}`)}
                    {l.kind === 'HALAL' && l.halalRoute ? ` (${t(`options.halalRoute.${l.halalRoute}`)})` : ''}
                  </Table.Td>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{l.number ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(l.issuedOn, i18n.language)}</Table.Td>
                  <Table.Td>{formatDate(l.expiresOn, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
