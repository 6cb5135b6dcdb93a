import { useState } from 'react';
import { Link } from '../router';
import { usePortalMe } from '../api/portal';
import { LoadError, Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { useOwnerRegency } from '../components/OwnerArea';
import { PageHeading } from '../components/PageHeading';
import { BusinessCard } from './home/BusinessCard';
import { ClaimList } from './home/ClaimList';
import { LinkSection } from './home/LinkSection';
import { useT } from '../i18n';

/**
 * Beranda: where the owner stands. Not linked yet → "Hubungkan usaha Anda" (or "menunggu pemeriksaan
 * petugas" while a claim is open). Linked → their businesses, each asking "Apa yang Anda butuhkan?".
 */
export default function HomePage() {
  const { t } = useT();
  const kw = useOwnerRegency();
  const me = usePortalMe(kw);
  const [linkedNow, setLinkedNow] = useState(false);

  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  const { linked, businesses, claims, displayName } = me.data;
  const pending = claims.filter((c) => c.status === 'pending');

  return (
    <section className="stack">
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="muted">{t('home.greeting', { name: displayName })}</p>
      {linkedNow && linked && <Notice tone="ok" testId="home-linked-now">{t('home.linkedNow')}</Notice>}
      {pending.length > 0 && (
        <Notice tone="wait" title={t('home.pendingTitle')} testId="home-pending">
          <p data-testid="home-pending-body">{t(pending.some((c) => c.kind === 'link') ? 'home.linkPendingBody' : 'home.pendingBody')}</p>
          <ClaimList claims={pending} />
        </Notice>
      )}
      {!linked && pending.length === 0 && <LinkSection kw={kw} rejected={claims.filter((c) => c.status === 'rejected')} onLinked={() => setLinkedNow(true)} />}
      {linked && (
        <>
          <h2>{t('home.myBusinesses')}</h2>
          {businesses.map((b) => (
            <BusinessCard key={b.id} kw={kw} business={b} />
          ))}
          <Link className="btn btn-secondary" to="/program" data-testid="home-see-programmes">
            {t('home.seeProgrammes')}
          </Link>
        </>
      )}
    </section>
  );
}
