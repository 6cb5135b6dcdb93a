import { Link } from '../router';
import { useApplications } from '../api/portal';
import { LoadError, Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { useOwnerRegency } from '../components/OwnerArea';
import { PageHeading } from '../components/PageHeading';
import { sortApplications } from '../lib/status';
import { ApplicationCard } from './status/ApplicationCard';
import { useT } from '../i18n';

/** "Status pendaftaran": every application in plain words, open ones first. */
export default function StatusPage() {
  const { t } = useT();
  const kw = useOwnerRegency();
  const list = useApplications(kw);

  const body = () => {
    if (list.isPending) return <Loading />;
    if (list.isError) return <LoadError error={list.error} retry={() => void list.refetch()} />;
    if (list.data.items.length === 0) {
      return (
        <Notice tone="info" testId="status-empty">
          <p>{t('status.empty')}</p>
          <Link className="btn btn-primary" to="/program">
            {t('home.seeProgrammes')}
          </Link>
        </Notice>
      );
    }
    return sortApplications(list.data.items).map((a) => <ApplicationCard key={a.id} kw={kw} application={a} />);
  };

  return (
    <section className="stack">
      <PageHeading>{t('status.title')}</PageHeading>
      {body()}
    </section>
  );
}
