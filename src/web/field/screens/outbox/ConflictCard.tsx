import { useState } from 'react';
import { formatDate, formatNumber, formatRupiah } from '../../../lib/format';
import { useT } from '../../i18n';
import { type ConflictRow, conflictRows, resolveBody, type Side } from '../../lib/conflict';
import type { ConflictField } from '../../lib/options';
import type { ConflictAnswer, QueuedItem } from '../../lib/types';
import { useField } from '../../state';

/** A registry or check-in value as read aloud: "Aktif", "Rp 1.500.000", "3", "WhatsApp, Instagram". */
function useValueText() {
  const { t, lang } = useT();
  return (field: ConflictField, value: ConflictRow['registry']): string => {
    if (value === null || value === undefined) return '—';
    if (field === 'status') return t(`status.${String(value)}`);
    if (field === 'monthlySales') return formatRupiah(value as number, lang);
    if (field === 'salesChannels') return (value as string[]).length ? (value as string[]).map((c) => t(`channel.${c}`)).join(', ') : t('common.none');
    return formatNumber(value as number, lang);
  };
}

/**
 * One conflict: per differing field, the office's value and the visit's side by side, as two big
 * radio choices. "Simpan keputusan" sends the choice (fields that do not differ keep the visit's).
 */
export function ConflictCard({ item, name }: { item: QueuedItem; name: string }) {
  const { t, lang } = useT();
  const { field, state } = useField();
  const valueText = useValueText();
  const answer = item.serverAnswer as ConflictAnswer;
  const rows = conflictRows(answer);
  const [picks, setPicks] = useState<Partial<Record<ConflictField, Side>>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const body = resolveBody(answer, picks);

  const save = async () => {
    setTried(true);
    if (!body || !state.online) return;
    setBusy(true);
    try {
      if ((await field.resolve(item.id, body)) === 'changed') setPicks({});
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="card" data-testid="conflict">
      <h3>{name}</h3>
      <p className="muted">{t('outbox.visited', { date: formatDate(item.payload.visitedOn, lang) })}</p>
      <p>{t('outbox.conflictIntro')}</p>
      {rows.map((row) => (
        <fieldset key={row.field} className="versus">
          <legend className="legend">{t(`field.${row.field}`)}</legend>
          {(['registry', 'checkin'] as const).map((side) => (
            <label key={side} className="choice">
              <input type="radio" name={`${item.id}-${row.field}`} checked={picks[row.field] === side} onChange={() => setPicks((p) => ({ ...p, [row.field]: side }))} data-testid={`conflict-${row.field}-${side}`} />
              <span>
                <span className="side">{t(`outbox.${side}`)}</span>
                <strong>{valueText(row.field, row[side])}</strong>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {tried && !body && <p className="error">{t('outbox.pickAll')}</p>}
      {!state.online && <p className="hint">{t('outbox.needsOnline')}</p>}
      <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={busy || !state.online} data-testid="conflict-save">
        {busy ? t('common.sending') : t('outbox.saveChoice')}
      </button>
    </li>
  );
}
