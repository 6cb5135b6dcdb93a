import { Anchor, Button, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useTenantCode } from '../auth/session';
import { BusinessAuditHistory } from './BusinessAuditHistory';
import { BusinessFacts } from './BusinessFacts';
import { DeleteBusinessButton } from './DeleteBusinessButton';
import { LicenceTable } from './LicenceTable';
import { MetricHistory } from './MetricHistory';
import { OwnerFacts } from './OwnerFacts';
import { useBusiness } from './registry.api';

/**
 * One business (/businesses/:id): its fields, owner, licences, metric history and change history;
 * Edit and Delete when the server says `canEdit`. 403 → `error-forbidden`, 404 → `error-not-found`.
 * Test ids: `detail-name`, `business-edit`, `business-delete`.
 */
export default function BusinessDetailPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { id } = useParams();
  const business = useBusiness(kw, id);

  if (business.isPending) return <PageLoader />;
  if (business.isError) return <QueryError error={business.error} title={t('business.loadError')} onRetry={() => void business.refetch()} />;
  const b = business.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('common.backToRegistry')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <PageTitle text={b.name} testId="detail-name" />
        {b.canEdit && (
          <Group gap="xs">
            <Button component={Link} to={`/businesses/${b.id}/edit`} leftSection={<IconPencil size={18} aria-hidden />} data-testid="business-edit">
              {t('business.edit')}
            </Button>
            <DeleteBusinessButton kw={kw} business={b} onConflict={() => void business.refetch()} />
          </Group>
        )}
      </Group>
      <BusinessFacts business={b} />
      <OwnerFacts owner={b.owner} />
      <LicenceTable licences={b.licences} />
      <MetricHistory metrics={b.metrics} />
      <BusinessAuditHistory kw={kw} businessId={b.id} />
    </Stack>
  );
}
