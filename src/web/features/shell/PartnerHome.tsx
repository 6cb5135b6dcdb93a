import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { useSession } from '../auth/session';

/**
 * The home page of a partner account, which has no registry access yet: a friendly note instead
 * of a search that the server would refuse. Test id: `partner-home`.
 */
export function PartnerHome() {
  const { t } = useTranslation();
  const { me, tenant } = useSession();
  return (
    <Stack gap="md" maw={640}>
      <PageTitle text={t('partnerHome.title', { name: me.user.displayName })} />
      <Paper withBorder p="lg" radius="md" data-testid="partner-home">
        <Stack gap="sm" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconUsersGroup size={28} />
          </ThemeIcon>
          <Title order={2} size="h4">
            {t('partnerHome.noAccess')}
          </Title>
          <Text>{t('partnerHome.body', { name: tenant?.name ?? '' })}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
