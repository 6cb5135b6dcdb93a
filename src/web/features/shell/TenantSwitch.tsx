import { Divider, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';

/** Chooses the active regency when the user works in several (remembered on this device). Test id: `tenant-switch`. */
export function TenantSwitch() {
  const { t } = useTranslation();
  const { tenants, tenant, setTenant } = useSession();
  const navigate = useNavigate();
  if (tenants.length < 2) return null;
  return (
    <>
      <Divider my="sm" />
      <Select
      label={t('nav.activeTenant')}
      data={tenants.map((x) => ({ value: x.kodeWilayah, label: `${x.name} (${x.kodeWilayah})` }))}
      value={tenant?.kodeWilayah ?? null}
      onChange={(value) => {
        if (value && value !== tenant?.kodeWilayah) {
          setTenant(value);
          void navigate('/');
        }
      }}
      allowDeselect={false}
      searchable={tenants.length > 6}
      data-testid="tenant-switch"
      />
    </>
  );
}
