import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { useTenantCode } from '../auth/session';
import { useImportAccess } from './access';
import { ImportHistory } from './ImportHistory';
import { ImportSteps } from './ImportSteps';
import { UploadForm } from './UploadForm';

/**
 * "Impor data" (/imports): the upload form (roles that may import) above the import history. After a
 * successful upload the user continues at /imports/:id with the column mapping.
 */
export default function ImportsPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { writes } = useImportAccess();
  const navigate = useNavigate();
  return (
    <Stack gap="md" maw={1100}>
      <div>
        <PageTitle text={t('imports.title')} />
        <Text c="dimmed">{t('imports.subtitle')}</Text>
      </div>
      {writes && (
        <>
          <ImportSteps current="upload" />
          <UploadForm kw={kw} onUploaded={(view) => navigate(`/imports/${view.id}`)} />
        </>
      )}
      <ImportHistory kw={kw} />
    </Stack>
  );
}
