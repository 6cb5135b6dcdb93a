import { type ChangeEvent, useId, useState } from 'react';
import { useT } from '../i18n';
import { shrinkPhoto } from '../lib/photo';

/**
 * The optional photo: the phone's camera (capture=environment) or gallery, shrunk on the phone to a
 * small JPEG before it is kept, so the queue and the sync stay light.
 */
export function PhotoField({ value, onChange }: { value: string | null; onChange: (photo: string | null) => void }) {
  const { t } = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same photo picked again still fires a change
    if (!file) return;
    setBusy(true);
    setFailed(false);
    try {
      onChange(await shrinkPhoto(file));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field">
      <p className="legend" id={`${id}-legend`}>
        {t('checkin.photo')} <span className="muted">({t('common.optional')})</span>
      </p>
      {value && <img className="photo" src={value} alt={t('checkin.photoAlt')} />}
      <label className="btn btn-secondary file-btn">
        {busy ? t('checkin.photoBusy') : t('checkin.photoTake')}
        <input type="file" accept="image/*" capture="environment" onChange={(e) => void pick(e)} disabled={busy} data-testid="checkin-photo" />
      </label>
      {value && (
        <button type="button" className="btn-link" onClick={() => onChange(null)}>
          {t('checkin.photoRemove')}
        </button>
      )}
      {failed && <p className="error">{t('checkin.photoFailed')}</p>}
    </div>
  );
}
