import { formatDateTime } from '../../lib/format';
import { useT } from '../i18n';
import { fieldMembership, picksKecamatan } from '../lib/session';
import { useField } from '../state';

/**
 * When the worklist was downloaded and the button to (re)download it. An officer (who covers the whole
 * regency) first picks the kecamatan whose pack to carry.
 */
export function PackBar() {
  const { t, lang } = useT();
  const { field, state } = useField();
  const { pack } = state;
  const officer = picksKecamatan(fieldMembership(state.me));
  const areas = state.areas ?? pack?.kecamatan ?? [];
  const blocked = officer && !state.kecamatan;
  return (
    <div className="card pack">
      <p data-testid="pack-info">{pack ? t('pack.downloadedAt', { when: formatDateTime(pack.generatedAt, lang) }) : t('pack.never')}</p>
      {officer && (
        <div className="field">
          <label htmlFor="pack-kecamatan">{t('pack.kecamatan')}</label>
          <select id="pack-kecamatan" value={state.kecamatan ?? ''} onChange={(e) => void field.chooseKecamatan(e.target.value)} disabled={state.downloading} data-testid="pack-kecamatan">
            <option value="" disabled>
              {t('pack.pickKecamatan')}
            </option>
            {areas.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="button"
        className={pack ? 'btn btn-secondary' : 'btn btn-primary'}
        onClick={() => void field.download()}
        disabled={state.downloading || blocked}
        data-testid="pack-download"
      >
        {state.downloading ? t('pack.downloading') : pack ? t('pack.refresh') : t('pack.download')}
      </button>
    </div>
  );
}
