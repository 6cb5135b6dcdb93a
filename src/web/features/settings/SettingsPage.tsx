import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useSession, useTenantCode } from '../auth/session';
import { useOfficeSettings } from './settings.api';
import { SettingsForm } from './SettingsForm';

/**
 * The office settings (/settings, admins of the active regency and superadmins): the letterhead
 * printed on reports, the scale rule new classifications use and the duplicate auto-merge threshold. The form starts from the settings
 * loaded when the page opened, and starts over when the active regency changes.
 */
export default function SettingsPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const { tenant } = useSession();
  const settings = useOfficeSettings(kw);

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <PageTitle text={t('settings.title')} />
        <Text c="dimmed">{t('settings.subtitle', { name: tenant?.name ?? kw })}</Text>
      </div>
      {settings.isPending && <PageLoader />}
      {settings.isError && !settings.data && <QueryError error={settings.error} title={t('settings.loadError')} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        // A server without the auto-merge setting yet answers without it: treat as "never".
        <SettingsForm key={kw} kw={kw} initial={{ ...settings.data, autoMergeThreshold: settings.data.autoMergeThreshold ?? null }} regencyName={tenant?.name ?? ''} />
      )}
    </Stack>
  );
}
