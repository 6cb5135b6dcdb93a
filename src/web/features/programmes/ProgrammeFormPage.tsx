import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { ProgrammeView } from '../../api/types';
import { ErrorPage } from '../../components/ErrorPage';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useTenantCode } from '../auth/session';
import { useRegions } from '../registry/registry.api';
import { ProgrammeForm } from './form/ProgrammeForm';
import { useProgramme } from './programmes.api';
import { useYearParam } from './year';

/**
 * Create (/programmes/new?year=) and edit (/programmes/:id/edit). The edit form starts from the version
 * loaded when the page opened and sends that version with the save (409 when someone saved first).
 */
export default function ProgrammeFormPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { id } = useParams();
  const navigate = useNavigate();
  const [year] = useYearParam();
  const regions = useRegions(kw);
  // Edit: start from a fresh copy, then keep it; later refetches must not move the version under the user.
  const programme = useProgramme(kw, id, true);
  const [kept, setKept] = useState<ProgrammeView>();
  const snapshot = kept?.id === id ? kept : undefined;
  useEffect(() => {
    // Keeps the first loaded copy so a background refetch does not reset the form being edited.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!snapshot && programme.data?.id === id && !programme.isFetching) setKept(programme.data);
  }, [snapshot, id, programme.data, programme.isFetching]);

  const onSaved = (saved: ProgrammeView) => {
    notifications.show({ color: 'green', message: id ? t('business.form.updated') : t('programmes.form.created') });
    void navigate(`/programmes/${saved.id}`, { replace: true });
  };
  const onCancel = () => navigate(id ? `/programmes/${id}` : '/programmes');

  if (id && programme.isError && !snapshot) return <QueryError error={programme.error} onRetry={() => void programme.refetch()} />;
  if (id && !snapshot) return <PageLoader />;
  if (snapshot && !snapshot.canEdit) return <ErrorPage kind="forbidden" />;

  return (
    <Stack gap="md" maw={960}>
      <PageTitle text={id ? t('programmes.form.editTitle') : t('programmes.form.newTitle')} testId="programme-form-heading" />
      <ProgrammeForm key={id ?? 'new'} kw={kw} detail={id ? snapshot : undefined} year={year} regions={regions.data} onSaved={onSaved} onCancel={onCancel} />
    </Stack>
  );
}
