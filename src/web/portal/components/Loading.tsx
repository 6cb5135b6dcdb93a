import { translateKey, useT } from '../i18n';
import { errorKey } from '../lib/form';

/** A polite "Memuat…" line (no spinner library: a sentence is clearer on a slow phone). */
export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A failed load in words with a "Coba lagi" button. */
export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useT();
  const { key, params } = errorKey(error);
  return (
    <div className="notice bad" role="alert">
      <p>{translateKey(key, params)}</p>
      <button type="button" className="btn btn-secondary" onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
