import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useTenantsQuery } from '../auth/SessionProvider';
import { AddTenantForm } from './AddTenantForm';

/** The tenants (/tenants, superadmins): every regency with its own data, and adding one. Test id: `tenant-row`. */
export default function TenantsPage() {
  const { t } = useTranslation();
  const tenants = useTenantsQuery();
  return (
    <Stack gap="md">
      <div>
        <PageTitle text={t('tenants.title')} />
        <Text c="dimmed">{t('tenants.subtitle')}</Text>
      </div>
      <AddTenantForm />
      {tenants.isPending && <PageLoader />}
      {tenants.isError && <QueryError error={tenants.error} title={t('tenants.loadError')} onRetry={() => void tenants.refetch()} />}
      {tenants.data &&
        (tenants.data.length === 0 ? (
          <Text c="dimmed">{t('tenants.empty')}</Text>
        ) : (
          <Table striped withTableBorder data-testid="tenants-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tenants.code')}</Table.Th>
                <Table.Th>{t('tenants.name')}</Table.Th>
                <Table.Th>{t('tenants.demo')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tenants.data.map((tenant) => (
                <Table.Tr key={tenant.kodeWilayah} data-testid="tenant-row" data-id={tenant.kodeWilayah}>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{tenant.kodeWilayah}</Table.Td>
                  <Table.Td>{tenant.name}</Table.Td>
                  <Table.Td>
                    {tenant.isDemo ? (
                      <Badge color="red.9" variant="filled" radius="sm">
                        {t('app.demoBadge')}
                      </Badge>
                    ) : (
                      t('common.no')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
