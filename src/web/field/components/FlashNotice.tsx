import { useEffect, useRef } from 'react';
import { Notice } from '../../portal/components/Notice';
import { useT } from '../i18n';
import { screenHref } from '../lib/route';
import { useScreen } from '../router';
import { useField } from '../state';

/** How long a message survives a change of screen: long enough to follow the assistant from the form to the list. */
const SURVIVES_MS = 2_000;

/**
 * The last passing message ("Tersimpan di HP, menunggu kirim", "Daftar kerja diunduh", …). It stays
 * until closed, replaced, or the assistant moves on to another screen.
 */
export function FlashNotice() {
  const { t } = useT();
  const { field, state } = useField();
  const href = screenHref(useScreen());
  const since = useRef({ seq: 0, at: 0 });
  const { flash } = state;
  // When a new flash is first rendered, recorded once per flash (the effect below reads it, nothing renders it).
  // eslint-disable-next-line react-hooks/purity
  if (flash && since.current.seq !== flash.seq) since.current = { seq: flash.seq, at: Date.now() };

  useEffect(() => {
    if (field.getState().flash && Date.now() - since.current.at > SURVIVES_MS) field.clearFlash();
  }, [href, field]);

  if (!flash) return null;
  return (
    <div className="flash">
      <Notice tone={flash.tone} testId="flash">
        <p>{t(flash.key, flash.params)}</p>
        <button type="button" className="btn-link" onClick={field.clearFlash} aria-label={t('common.close')}>
          ×
        </button>
      </Notice>
    </div>
  );
}
