import { useMemo, useState } from 'react';
import { PageHeading } from '../../portal/components/PageHeading';
import { Field } from '../components/Field';
import { useT } from '../i18n';
import { searchBusinesses } from '../lib/tasks';
import { go, Link } from '../router';
import { useField } from '../state';

/** Search over the kecamatan's businesses kept on the phone, for a visit without a task (works offline). */
export default function SearchScreen({ q }: { q: string }) {
  const { t } = useT();
  const { state } = useField();
  const [query, setQuery] = useState(q);
  const found = useMemo(() => (query.trim().length >= 2 ? searchBusinesses(state.pack?.businesses ?? [], query) : []), [state.pack, query]);
  const change = (value: string) => {
    setQuery(value);
    // Kept in the address, so "back" from the form returns to the same results.
    go({ name: 'search', q: value }, { replace: true });
  };
  return (
    <section>
      <PageHeading>{t('search.title')}</PageHeading>
      <Field label={t('search.label')}>
        {(w) => <input {...w} type="search" enterKeyHint="search" value={query} onChange={(e) => change(e.target.value)} data-testid="search-input" />}
      </Field>
      {query.trim().length < 2 ? (
        <p className="hint">{t('search.short')}</p>
      ) : found.length === 0 ? (
        <p className="empty">{t('search.none')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('search.count', { count: found.length })}
          </p>
          <ul className="tasks">
            {found.map((b) => (
              <li key={b.id}>
                <Link className="task" to={{ name: 'checkin', businessId: b.id, taskId: null, redoId: null }} data-testid="search-result">
                  <span className="task-name">{b.name}</span>
                  <span>
                    {b.ownerName} · {b.desaName}
                  </span>
                  {b.address && <span className="muted">{b.address}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
