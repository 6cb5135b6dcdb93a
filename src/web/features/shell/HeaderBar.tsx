import { Burger, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session';
import { DemoBadge } from './DemoBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

/**
 * The header: burger (phones), app name with the active regency under it, the demo badge,
 * language switch and user menu. Test ids: `app-burger`, `app-tenant-name`.
 */
export function HeaderBar({ navOpened, onToggleNav, onChangePassword }: { navOpened: boolean; onToggleNav: () => void; onChangePassword: () => void }) {
  const { t } = useTranslation();
  const { tenant, readsRegistry } = useSession();
  return (
    <Group h="100%" px="sm" gap="xs" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('nav.closeMenu') : t('nav.openMenu')}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
          data-testid="app-burger"
        />
        <UnstyledButton component={Link} to="/" style={{ minWidth: 0 }} aria-label={`${t('app.name')} – ${readsRegistry ? t('nav.registry') : t('nav.home')}`}>
          <Text fw={800} size="lg" c="blue.8" lh={1.1}>
            {t('app.name')}
          </Text>
          {tenant && (
            <Text size="xs" c="dark" lh={1.2} truncate data-testid="app-tenant-name">
              {tenant.name}
            </Text>
          )}
        </UnstyledButton>
      </Group>
      <Group gap={6} wrap="nowrap">
        {tenant?.isDemo && <DemoBadge />}
        <LanguageSwitch />
        <UserMenu onChangePassword={onChangePassword} />
      </Group>
    </Group>
  );
}
