import { useState } from 'react';
import '../i18n/report';
import { useSelfReport } from '../api/selfReport';
import { LoadError } from '../components/Loading';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n';
import { useParams } from '../router';
import css from './lapor/report.css?inline';
import { ReportForm } from './lapor/ReportForm';

// This screen's few styles travel in its own chunk, like its texts (i18n/report): nothing for the other screens to download.
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

/**
 * The owner's self-report through a personal link (/portal/lapor/:token, from a WhatsApp or SMS
 * message; no login): how the business is doing some months after a training. Says plainly when the
 * link is forged, mangled or expired and what to do, and when the report is already in.
 */
export default function SelfReportPage() {
  const { t } = useT();
  const { token = '' } = useParams();
  const link = useSelfReport(token);
  const [outcome, setOutcome] = useState<'sent' | 'invalid' | 'expired' | 'done' | null>(null);
  const found = outcome ?? (link.data?.kind === 'open' ? (link.data.view.done ? 'done' : 'open') : link.data?.kind);

  const body = () => {
    if (found === 'invalid') {
      return (
        <Notice tone="bad" title={t('report.invalid.title')} testId="report-invalid">
          <p>{t('report.invalid.body')}</p>
          <p>{t('report.invalid.todo')}</p>
        </Notice>
      );
    }
    if (found === 'expired') {
      return (
        <Notice tone="wait" title={t('report.expired.title')} testId="report-expired">
          <p>{t('report.expired.body')}</p>
        </Notice>
      );
    }
    if (link.isError) return <LoadError error={link.error} retry={() => void link.refetch()} />;
    if (link.data?.kind !== 'open') {
      return (
        <p className="loading" role="status">
          {t('report.opening')}
        </p>
      );
    }
    const view = link.data.view;
    if (found === 'sent') {
      return (
        <Notice tone="ok" title={t('report.thanks.title')} testId="report-thanks">
          <p>{t('report.thanks.body', { tenant: view.tenantName })}</p>
        </Notice>
      );
    }
    if (found === 'done') {
      return (
        <Notice tone="ok" title={t('report.done.title')} testId="report-done">
          <p>{t('report.done.body', { business: view.businessName })}</p>
        </Notice>
      );
    }
    return <ReportForm token={token} view={view} onGone={setOutcome} onSent={() => setOutcome('sent')} />;
  };

  return (
    <section>
      <PageHeading>{t('report.title')}</PageHeading>
      {body()}
    </section>
  );
}
