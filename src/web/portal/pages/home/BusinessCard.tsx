import { type FormEvent, useState } from 'react';
import { useSaveNeeds } from '../../api/portal';
import type { PortalBusiness } from '../../api/types';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useFormProblems } from '../../lib/form';
import { type Topic, TOPICS } from '../../lib/options';
import { useT } from '../../i18n';

/**
 * One of the owner's businesses and "Apa yang Anda butuhkan?": needs as large tick boxes with plain
 * labels (a real checkbox group in a fieldset, so screen readers announce the question) and a note.
 */
export function BusinessCard({ kw, business }: { kw: string; business: PortalBusiness }) {
  const { t } = useT();
  const save = useSaveNeeds(kw);
  const problems = useFormProblems();
  const [needs, setNeeds] = useState<Topic[]>(business.needs);
  const [note, setNote] = useState(business.needsNote ?? '');
  const [saved, setSaved] = useState(false);
  const legendId = `needs-${business.id}`;

  const toggle = (topic: Topic) => {
    setSaved(false);
    setNeeds((old) => (old.includes(topic) ? old.filter((n) => n !== topic) : [...old, topic]));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!problems.check({ needs: needs.length > 0 ? null : { key: 'needs.pickOne', params: {} } })) return;
    save.mutate({ businessId: business.id, needs, note: note.trim() || null }, { onSuccess: () => setSaved(true), onError: problems.fromError });
  };
  const needsError = problems.fieldText('needs');

  return (
    <article className="card" data-testid="home-business" aria-labelledby={`${legendId}-name`}>
      <h3 id={`${legendId}-name`}>{business.name}</h3>
      <p className="muted">
        {t(`sector.${business.sector}`, { defaultValue: business.sector })} · {t('home.place', { desa: business.desaName, kecamatan: business.kecamatanName })}
      </p>
      <form ref={problems.formRef} onSubmit={submit} noValidate>
        <fieldset aria-describedby={needsError ? `${legendId}-error` : `${legendId}-hint`}>
          <legend className="legend">{t('needs.title')}</legend>
          <p className="hint" id={`${legendId}-hint`}>
            {t('needs.hint')}
          </p>
          <div className="chips">
            {TOPICS.map((topic) => (
              <label key={topic} className="choice">
                <input type="checkbox" checked={needs.includes(topic)} onChange={() => toggle(topic)} aria-invalid={needsError ? true : undefined} data-testid={`needs-${topic}`} />
                {t(`topic.${topic}`)}
              </label>
            ))}
          </div>
          {needsError && (
            <p className="error" id={`${legendId}-error`}>
              {needsError}
            </p>
          )}
        </fieldset>
        <Field label={t('needs.note')} optional error={problems.fieldText('note')}>
          {(w) => <textarea {...w} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} data-testid="needs-note" />}
        </Field>
        {problems.generalText && <Notice tone="bad">{problems.generalText}</Notice>}
        {saved && <Notice tone="ok" testId="needs-saved">{t('needs.saved')}</Notice>}
        <button type="submit" className="btn btn-primary" disabled={save.isPending} data-testid="needs-save">
          {save.isPending ? t('common.sending') : t('needs.save')}
        </button>
      </form>
    </article>
  );
}
