import { Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { useAudit } from '../audit/audit.api';
import { AuditList } from '../audit/AuditList';

/** The change history of one business (and its owner) on the business page. Test id: `detail-audit`. */
export function BusinessAuditHistory({ kw, businessId }: { kw: string; businessId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const audit = useAudit(kw, { entity: 'business', entityId: businessId, page, pageSize: 20 });
  return (
    <Section title={t('business.sections.audit')} testId="detail-audit">
      {audit.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {audit.isError && <QueryError error={audit.error} title={t('audit.loadError')} onRetry={() => void audit.refetch()} />}
      {audit.data && <AuditList data={audit.data} page={page} onPage={setPage} showLinks={false} />}
    </Section>
  );
}
