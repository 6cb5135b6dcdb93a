import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useTenantCode } from '../auth/session';
import { useAudit } from './audit.api';
import { AuditList } from './AuditList';

const ENTITIES = ['business', 'owner', 'tenant', 'user'];

/** The regency's audit trail (/audit, admins): filter by kind of data, page, expand changes. */
export default function AuditPage() {
  const { t } = useTranslation();
  const kw = useTenantCode();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const entity = ENTITIES.includes(params.get('entity') ?? '') ? (params.get('entity') as string) : undefined;
  const audit = useAudit(kw, { entity, page, pageSize: 50 });

  const set = (patch: { page?: number; entity?: string | null }) => {
    const next = new URLSearchParams(params);
    if ('entity' in patch) {
      if (patch.entity) next.set('entity', patch.entity);
      else next.delete('entity');
      next.delete('page');
    }
    if (patch.page) next.set('page', String(patch.page));
    setParams(next);
    window.scrollTo({ top: 0 });
  };

  return (
    <Stack gap="md">
      <div>
        <PageTitle text={t('audit.title')} />
        <Text c="dimmed">{t('audit.subtitle')}</Text>
      </div>
      <Group>
        <Select
          label={t('audit.entity')}
          placeholder={t('common.all')}
          data={ENTITIES.map((e) => ({ value: e, label: t(`audit.entityName.${e}`) }))}
          value={entity ?? null}
          onChange={(v) => set({ entity: v })}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          data-testid="audit-filter-entity"
        />
      </Group>
      {audit.isPending && <PageLoader />}
      {audit.isError && <QueryError error={audit.error} title={t('audit.loadError')} onRetry={() => void audit.refetch()} />}
      {audit.data && <AuditList data={audit.data} page={page} onPage={(p) => set({ page: p })} showLinks />}
    </Stack>
  );
}
