import { useState } from 'react';
import { formatDate } from '../../../lib/format';
import { translateKey, useT } from '../../i18n';
import type { QueuedItem, RejectedAnswer } from '../../lib/types';
import { Link } from '../../router';
import { useField } from '../../state';

/** A check-in the server refused, with its reasons: correct it (sent as a new one) or discard it after confirming. */
export function RejectedCard({ item, name }: { item: QueuedItem; name: string }) {
  const { t, lang } = useT();
  const { field } = useField();
  const [confirming, setConfirming] = useState(false);
  const answer = item.serverAnswer as RejectedAnswer;
  return (
    <li className="card" data-testid="rejected">
      <h3>{name}</h3>
      <p className="muted">{t('outbox.visited', { date: formatDate(item.payload.visitedOn, lang) })}</p>
      <p className="error">{translateKey(answer.messageKey)}</p>
      {answer.fields && answer.fields.length > 0 && (
        <ul>
          {answer.fields.map((f) => (
            <li key={`${f.field}:${f.messageKey}`}>{translateKey(f.messageKey, f.params)}</li>
          ))}
        </ul>
      )}
      <Link className="btn btn-primary" to={{ name: 'checkin', businessId: item.businessId, taskId: item.payload.taskId ?? null, redoId: item.id }} data-testid="rejected-edit">
        {t('outbox.edit')}
      </Link>
      {confirming ? (
        <div className="notice bad" role="alert">
          <p>{t('outbox.discardConfirm')}</p>
          <button type="button" className="btn btn-danger" onClick={() => void field.discard(item.id)} data-testid="rejected-discard-yes">
            {t('outbox.discardYes')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-secondary" onClick={() => setConfirming(true)} data-testid="rejected-discard">
          {t('outbox.discard')}
        </button>
      )}
    </li>
  );
}
