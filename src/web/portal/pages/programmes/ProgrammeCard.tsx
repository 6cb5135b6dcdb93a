import { useState } from 'react';
import { Link } from '../../router';
import { useApply } from '../../api/portal';
import type { MyApplication, OpenProgramme, PortalBusiness } from '../../api/types';
import { Notice } from '../../components/Notice';
import { errorKey } from '../../lib/form';
import { formatDayRange } from '../../lib/format';
import { translateKey, useT } from '../../i18n';
import { ChooseBusiness } from './ChooseBusiness';

interface Props {
  kw: string;
  programme: OpenProgramme;
  /** The owner's businesses (empty while not linked: then there is no "Daftar"). */
  businesses: PortalBusiness[];
}

/**
 * One open batch: what, when, where, seats left, "Sesuai kebutuhan Anda" when it matches a stated need,
 * and "Daftar". With several businesses the owner first picks which one applies.
 */
export function ProgrammeCard({ kw, programme: p, businesses }: Props) {
  const { t, lang } = useT();
  const apply = useApply(kw);
  const [choosing, setChoosing] = useState(false);
  const [result, setResult] = useState<MyApplication | null>(null);
  const titleId = `programme-${p.batchId}`;

  const send = (businessId: string) =>
    apply.mutate({ batchId: p.batchId, businessId }, { onSuccess: (r) => { setResult(r); setChoosing(false); } });
  const onApply = () => (businesses.length > 1 ? setChoosing(true) : businesses[0] && send(businesses[0].id));
  const failure = apply.isError ? errorKey(apply.error) : null;
  const done = result !== null || p.applied;

  return (
    <article className="card" aria-labelledby={titleId} data-testid="programme-card" data-batch={p.batchId}>
      {p.matchesNeed && <p><span className="badge ok" data-testid="programme-match">{t('programmes.matches')}</span></p>}
      <h2 id={titleId}>{p.title}</h2>
      <p className="muted">{p.batchName}</p>
      {p.description && <p>{p.description}</p>}
      <p>{t('programmes.topic', { topic: t(`topic.${p.topic}`, { defaultValue: p.topic }) })}</p>
      <p>{t('programmes.when', { dates: formatDayRange(p.startsOn, p.endsOn, lang) })}</p>
      {p.venue && <p>{t('programmes.venue', { venue: p.venue })}</p>}
      <p>
        {p.seatsLeft > 0 ? (
          <span className="badge info">{t('programmes.seatsLeft', { count: p.seatsLeft })}</span>
        ) : (
          <span className="badge wait">{t('programmes.full')}</span>
        )}
      </p>
      {result?.status === 'waitlisted' && (
        <Notice tone="wait" title={t('programmes.waitlisted')} testId="apply-waitlisted">
          <p>{t('programmes.waitlistedBody')}</p>
        </Notice>
      )}
      {result && result.status !== 'waitlisted' && <Notice tone="ok" testId="apply-sent">{t('programmes.sent')}</Notice>}
      {failure && <Notice tone="bad" testId="apply-error">{translateKey(failure.key, failure.params)}</Notice>}
      {done ? (
        <>
          {!result && <p className="tick ok">✓ {t('programmes.applied')}</p>}
          <Link className="btn btn-secondary" to="/status" data-testid="programme-see-status">
            {t('programmes.seeStatus')}
          </Link>
        </>
      ) : choosing ? (
        <ChooseBusiness businesses={businesses} pending={apply.isPending} onChoose={send} onCancel={() => setChoosing(false)} />
      ) : (
        businesses.length > 0 && (
          <button type="button" className="btn btn-primary" disabled={apply.isPending} onClick={onApply} data-testid="programme-apply">
            {apply.isPending ? t('common.sending') : t('programmes.apply')}
          </button>
        )
      )}
    </article>
  );
}
