import { createPortal } from 'react-dom';
import { useT } from '../i18n';
import { Link } from '../router';
import { useField } from '../state';

/**
 * The always-visible line under the header: online or offline, how many check-ins wait on the phone,
 * the last sync's outcome, what needs a decision, and "Kirim sekarang". Rendered into #sync-bar of
 * lapangan.html (whose height is reserved there, so nothing jumps when it appears).
 */
export function SyncBar() {
  const { t } = useT();
  const { field, state } = useField();
  const target = document.getElementById('sync-bar');
  if (!target || !state.me) return null;
  const waiting = state.items.filter((i) => i.state === 'queued' || i.state === 'sending').length;
  const decide = state.items.length - waiting;
  let summary: string;
  if (state.syncing) summary = t('sync.sending');
  else if (waiting > 0) summary = t('sync.waiting', { count: waiting });
  else if (state.lastSync) summary = decide === 0 ? t('sync.allSent') : t('sync.sent', { count: state.lastSync.stored + state.lastSync.duplicates + state.lastSync.conflicts });
  else summary = t('sync.nothing');

  return createPortal(
    <div className="syncbar" role="status" data-testid="sync-status" data-online={state.online} data-waiting={waiting} data-decide={decide} data-syncing={state.syncing}>
      <span className={state.online ? 'net on' : 'net off'}>{state.online ? t('net.online') : t('net.offline')}</span>
      <span className="summary">{summary}</span>
      {decide > 0 && (
        <Link className="decide" to={{ name: 'outbox' }} data-testid="sync-decide">
          {t('sync.decide', { count: decide })}
        </Link>
      )}
      {state.online && waiting > 0 && !state.syncing && !state.authLost && (
        <button type="button" className="send-now" onClick={() => void field.sync()} data-testid="sync-now">
          {t('sync.sendNow')}
        </button>
      )}
    </div>,
    target,
  );
}
