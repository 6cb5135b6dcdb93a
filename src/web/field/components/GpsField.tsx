import { useState } from 'react';
import { useT } from '../i18n';

interface Position {
  latitude: number | null;
  longitude: number | null;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The optional location: one tap asks the phone (GPS works without a data connection). */
export function GpsField({ value, onChange }: { value: Position; onChange: (position: Position) => void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [accuracy, setAccuracy] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const has = value.latitude !== null && value.longitude !== null;

  const take = () => {
    if (!('geolocation' in navigator)) return setProblem('checkin.gpsFailed');
    setBusy(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setBusy(false);
        setAccuracy(Math.round(p.coords.accuracy));
        onChange({ latitude: round(p.coords.latitude), longitude: round(p.coords.longitude) });
      },
      (e) => {
        setBusy(false);
        setProblem(e.code === e.PERMISSION_DENIED ? 'checkin.gpsDenied' : 'checkin.gpsFailed');
      },
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 60_000 },
    );
  };

  const shown = has ? { lat: value.latitude!.toFixed(5), lon: value.longitude!.toFixed(5), accuracy: accuracy ?? '' } : null;
  return (
    <div className="field">
      <p className="legend">
        {t('checkin.gps')} <span className="muted">({t('common.optional')})</span>
      </p>
      {shown && (
        <p data-testid="checkin-gps-value" role="status">
          {accuracy !== null ? t('checkin.gpsDone', shown) : t('checkin.gpsSaved', shown)}
        </p>
      )}
      <button type="button" className="btn btn-secondary" onClick={take} disabled={busy} data-testid="checkin-gps">
        {busy ? t('checkin.gpsBusy') : t('checkin.gpsTake')}
      </button>
      {has && (
        <button type="button" className="btn-link" onClick={() => onChange({ latitude: null, longitude: null })}>
          {t('checkin.gpsRemove')}
        </button>
      )}
      {problem && <p className="error">{t(problem)}</p>}
    </div>
  );
}
