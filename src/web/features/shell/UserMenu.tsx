import { Button, Menu, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../auth/auth.api';
import { useSession } from '../auth/session';

/**
 * The user's menu in the header: name and role, "Ganti kata sandi" and "Keluar".
 * Test ids: `user-menu`, `user-change-password`, `user-logout`.
 */
export function UserMenu({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation();
  const { me, tenant, isSuperadmin } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const role = isSuperadmin ? 'superadmin' : tenant?.role;

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          px={6}
          leftSection={wide ? <IconUserCircle size={22} aria-hidden /> : undefined}
          rightSection={wide ? <IconChevronDown size={14} aria-hidden /> : undefined}
          aria-label={`${t('user.menu')}: ${me.user.displayName}`}
          data-testid="user-menu"
        >
          {wide ? (
            <Text span size="sm" maw={160} truncate>
              {me.user.displayName}
            </Text>
          ) : (
            <IconUserCircle size={26} aria-hidden />
          )}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {me.user.displayName}
          </Text>
          {role && <Text size="xs">{t(`user.role.${role}`)}</Text>}
        </Menu.Label>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={onChangePassword} data-testid="user-change-password">
          {t('user.changePassword')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
          data-testid="user-logout"
        >
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
