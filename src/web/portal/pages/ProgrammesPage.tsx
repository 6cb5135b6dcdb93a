import { useOpenProgrammes, usePortalMe } from '../api/portal';
import { LoadError, Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { useOwnerRegency } from '../components/OwnerArea';
import { PageHeading } from '../components/PageHeading';
import { ProgrammeCard } from './programmes/ProgrammeCard';
import { useT } from '../i18n';

/** Open programmes, those matching the owner's stated needs first. */
export default function ProgrammesPage() {
  const { t } = useT();
  const kw = useOwnerRegency();
  const me = usePortalMe(kw);
  const list = useOpenProgrammes(kw);

  const body = () => {
    if (list.isPending || me.isPending) return <Loading />;
    if (list.isError) return <LoadError error={list.error} retry={() => void list.refetch()} />;
    if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
    if (list.data.items.length === 0) return <Notice tone="info">{t('programmes.empty')}</Notice>;
    // Stable sort: the server's order (by start date) within "matches" and "others".
    const items = [...list.data.items].sort((a, b) => Number(b.matchesNeed) - Number(a.matchesNeed));
    return (
      <>
        {!me.data.linked && <Notice tone="info">{t('programmes.notLinked')}</Notice>}
        {items.map((p) => (
          <ProgrammeCard key={p.batchId} kw={kw} programme={p} businesses={me.data.linked ? me.data.businesses : []} />
        ))}
      </>
    );
  };

  return (
    <section className="stack">
      <PageHeading>{t('programmes.title')}</PageHeading>
      <p className="muted">{t('programmes.intro')}</p>
      {body()}
    </section>
  );
}
