import { formatDate } from '../../lib/format';
import { PageHeading } from '../../portal/components/PageHeading';
import { SessionNotice } from '../components/SessionNotice';
import { useT } from '../i18n';
import { useField } from '../state';
import { ConflictCard } from './outbox/ConflictCard';
import { RejectedCard } from './outbox/RejectedCard';

/** "Kirim": what waits on the phone, what needs a decision (conflicts) and what the server refused. */
export default function OutboxScreen() {
  const { t, lang } = useT();
  const { field, state } = useField();
  const names = new Map(state.pack?.businesses.map((b) => [b.id, b.name]));
  const name = (id: string) => names.get(id) ?? t('unknownBusiness');
  const waiting = state.items.filter((i) => i.state === 'queued' || i.state === 'sending');
  const conflicts = state.items.filter((i) => i.state === 'conflict');
  const rejected = state.items.filter((i) => i.state === 'rejected');

  return (
    <section>
      <PageHeading>{t('outbox.title')}</PageHeading>
      <SessionNotice />
      {state.items.length === 0 && <p className="empty">{t('outbox.empty')}</p>}
      {waiting.length > 0 && (
        <>
          <h2>{t('outbox.waitingTitle')}</h2>
          {!state.online && <p className="hint">{t('sync.offlineHint')}</p>}
          <ul className="tasks" data-testid="outbox-waiting">
            {waiting.map((item) => (
              <li key={item.id} className="task">
                <span className="task-name">{name(item.businessId)}</span>
                <span>{t('outbox.visited', { date: formatDate(item.payload.visitedOn, lang) })}</span>
                {item.attempts > 0 && <span className="muted">{t('outbox.attempts', { count: item.attempts })}</span>}
              </li>
            ))}
          </ul>
          {state.online && (
            <button type="button" className="btn btn-primary" onClick={() => void field.sync()} disabled={state.syncing || state.authLost}>
              {state.syncing ? t('sync.sending') : t('sync.sendNow')}
            </button>
          )}
        </>
      )}
      {conflicts.length > 0 && (
        <>
          <h2>{t('outbox.conflictsTitle')}</h2>
          <ul className="cards">
            {conflicts.map((item) => (
              <ConflictCard key={item.id} item={item} name={name(item.businessId)} />
            ))}
          </ul>
        </>
      )}
      {rejected.length > 0 && (
        <>
          <h2>{t('outbox.rejectedTitle')}</h2>
          <ul className="cards">
            {rejected.map((item) => (
              <RejectedCard key={item.id} item={item} name={name(item.businessId)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
