import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { BusinessDetail } from '../../api/types';
import { ErrorPage } from '../../components/ErrorPage';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useSession, useTenantCode } from '../auth/session';
import { BusinessForm } from './form/BusinessForm';
import { useBusiness, useRegions } from './registry.api';

/**
 * Create (/businesses/new) and edit (/businesses/:id/edit). The edit form starts from the
 * version loaded when the page opened and sends that version with the save.
 */
export default function BusinessFormPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { tenant, canWrite } = useSession();
  const { id } = useParams();
  const navigate = useNavigate();
  const regions = useRegions(kw);
  // Edit: start from a fresh copy, then keep it; later refetches must not move the version under the user.
  const business = useBusiness(kw, id, true);
  const [kept, setKept] = useState<BusinessDetail>();
  const snapshot = kept?.id === id ? kept : undefined;
  useEffect(() => {
    // Keeps the first loaded copy so a background refetch does not reset the form being edited.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!snapshot && business.data?.id === id && !business.isFetching) setKept(business.data);
  }, [snapshot, id, business.data, business.isFetching]);
  const kecamatanCodes = tenant?.role === 'assistant' ? tenant.kecamatanCodes : null;

  const title = id ? t('business.form.editTitle') : t('business.form.newTitle');
  const onSaved = (saved: BusinessDetail) => {
    notifications.show({ color: 'green', message: id ? t('business.form.updated') : t('business.form.created') });
    void navigate(`/businesses/${saved.id}`, { replace: true });
  };
  const onCancel = () => navigate(id ? `/businesses/${id}` : '/');

  if (!id && !canWrite) return <ErrorPage kind="forbidden" />;
  if (id && business.isError && !snapshot) return <QueryError error={business.error} onRetry={() => void business.refetch()} />;
  if (id && !snapshot) return <PageLoader />;
  if (snapshot && !snapshot.canEdit) return <ErrorPage kind="forbidden" />;

  return (
    <Stack gap="md" maw={960}>
      <PageTitle text={title} testId="form-title" />
      <BusinessForm
        key={id ?? 'new'}
        kw={kw}
        detail={id ? snapshot : undefined}
        regions={regions.data}
        kecamatanCodes={kecamatanCodes}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </Stack>
  );
}
