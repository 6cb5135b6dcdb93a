import { NavLink, Stack } from '@mantine/core';
import {
  IconBuildingStore,
  IconChartLine,
  IconClipboardCheck,
  IconCopy,
  IconFileImport,
  IconHistory,
  IconHome,
  IconMap2,
  IconPresentation,
  IconSettings,
  IconTable,
  IconUserCheck,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useSession } from '../auth/session';
import { useFollowupAccess } from '../followup/access';
import { useImportAccess } from '../imports/access';
import { useProgrammeAccess } from '../programmes/access';

interface Item {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  testId: string;
  active: (path: string) => boolean;
}

/**
 * The main navigation, only what the server lets the role open: Registri UMKM (partners get Beranda),
 * Impor data (admins, officers, assistants), Duplikat (those and the head of office), Program (those too),
 * Tindak lanjut and Hasil program (those too), Verifikasi pemilik (admins, officers), Rekap (not partners or owners),
 * Audit and Pengaturan dinas (admins), Wilayah (superadmins). Typed-in addresses still reach the forbidden page.
 * Test ids: `nav-registry`, `nav-home`, `nav-imports`, `nav-duplicates`, `nav-programmes`, `nav-followup`, `nav-outcomes`,
 * `nav-owner-claims`, `nav-recap`, `nav-audit`, `nav-settings`, `nav-tenants`.
 */
export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { tenant, isAdmin, isSuperadmin, readsRegistry, seesRecap } = useSession();
  const { pathname } = useLocation();
  const importAccess = useImportAccess();
  const programmeAccess = useProgrammeAccess();
  const followupAccess = useFollowupAccess();
  const items: Item[] = [];
  if (readsRegistry) items.push({ to: '/', label: t('nav.registry'), icon: IconBuildingStore, testId: 'nav-registry', active: (p) => p === '/' || p.startsWith('/businesses') });
  else if (tenant) items.push({ to: '/', label: t('nav.home'), icon: IconHome, testId: 'nav-home', active: (p) => p === '/' });
  if (tenant && importAccess.writes) items.push({ to: '/imports', label: t('nav.imports'), icon: IconFileImport, testId: 'nav-imports', active: (p) => p.startsWith('/imports') });
  if (tenant && importAccess.sees) items.push({ to: '/duplicates', label: t('nav.duplicates'), icon: IconCopy, testId: 'nav-duplicates', active: (p) => p.startsWith('/duplicates') });
  if (tenant && programmeAccess.sees) items.push({ to: '/programmes', label: t('nav.programmes'), icon: IconPresentation, testId: 'nav-programmes', active: (p) => p.startsWith('/programmes') && !/^\/programmes\/[^/]+\/outcomes/.test(p) });
  if (tenant && followupAccess.sees) {
    const outcomes = (p: string) => p.startsWith('/followup/outcomes') || /^\/programmes\/[^/]+\/outcomes/.test(p);
    items.push({ to: '/followup', label: t('nav.followup'), icon: IconClipboardCheck, testId: 'nav-followup', active: (p) => p.startsWith('/followup') && !outcomes(p) });
    items.push({ to: '/followup/outcomes', label: t('nav.outcomes'), icon: IconChartLine, testId: 'nav-outcomes', active: outcomes });
  }
  if (tenant && programmeAccess.verifiesClaims) items.push({ to: '/owner-claims', label: t('nav.ownerClaims'), icon: IconUserCheck, testId: 'nav-owner-claims', active: (p) => p.startsWith('/owner-claims') });
  if (seesRecap) items.push({ to: '/recap', label: t('nav.recap'), icon: IconTable, testId: 'nav-recap', active: (p) => p.startsWith('/recap') });
  if (isAdmin && tenant) {
    items.push({ to: '/audit', label: t('nav.audit'), icon: IconHistory, testId: 'nav-audit', active: (p) => p.startsWith('/audit') });
    items.push({ to: '/settings', label: t('nav.settings'), icon: IconSettings, testId: 'nav-settings', active: (p) => p.startsWith('/settings') });
  }
  if (isSuperadmin) items.push({ to: '/tenants', label: t('nav.tenants'), icon: IconMap2, testId: 'nav-tenants', active: (p) => p.startsWith('/tenants') });

  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => {
        const active = item.active(pathname);
        return (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={20} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              data-testid={item.testId}
              styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
            />
          </li>
        );
      })}
    </Stack>
  );
}
