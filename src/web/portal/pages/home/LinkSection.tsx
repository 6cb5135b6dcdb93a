import { type FormEvent, useState } from 'react';
import { useLink } from '../../api/portal';
import type { PortalMe } from '../../api/types';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useFormProblems } from '../../lib/form';
import { isNik, normaliseNik } from '../../lib/input';
import { ClaimList } from './ClaimList';
import { NewBusinessForm } from './NewBusinessForm';
import { useT } from '../../i18n';

interface Props {
  kw: string;
  rejected: PortalMe['claims'];
  onLinked: () => void;
}

/**
 * "Hubungkan usaha Anda": the owner types their NIK; the office's registry answers linked (the phone
 * matched) or "request received, an officer checks" (Beranda then shows it waiting), whether or not the
 * registry has that NIK, so the portal never tells which NIKs it holds. An owner whose business is not
 * registered yet registers it below (with the NIK typed, if any).
 */
export function LinkSection({ kw, rejected, onLinked }: Props) {
  const { t } = useT();
  const link = useLink(kw);
  const problems = useFormProblems();
  const [nik, setNik] = useState('');
  const [registering, setRegistering] = useState(false);

  if (registering) return <NewBusinessForm kw={kw} nik={nik} onCancel={() => setRegistering(false)} />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problems.check({ nik: isNik(nik) ? null : { key: 'validation.nik16', params: {} } })) return;
    link.mutate(
      { nik },
      {
        onSuccess: (r) => {
          if (r.outcome === 'linked') onLinked();
        },
        onError: problems.fromError,
      },
    );
  };

  return (
    <div className="card">
      <h2>{t('home.linkTitle')}</h2>
      {rejected.length > 0 && (
        <Notice tone="bad" title={t('home.rejected')}>
          <ClaimList claims={rejected} />
        </Notice>
      )}
      <form ref={problems.formRef} onSubmit={submit} noValidate>
        <p>{t('home.linkIntro')}</p>
        <Field label={t('home.nik')} hint={t('home.nikHint')} error={problems.fieldText('nik')}>
          {(w) => (
            <input {...w} inputMode="numeric" autoComplete="off" value={nik} onChange={(e) => setNik(normaliseNik(e.target.value))} data-testid="link-nik" />
          )}
        </Field>
        {problems.generalText && <Notice tone="bad">{problems.generalText}</Notice>}
        <button type="submit" className="btn btn-primary" disabled={link.isPending} data-testid="link-submit">
          {link.isPending ? t('common.sending') : t('home.linkSubmit')}
        </button>
      </form>
      <Notice tone="info" title={t('home.notRegisteredTitle')} testId="link-not-registered">
        <p>{t('home.notRegisteredBody')}</p>
        <button type="button" className="btn btn-secondary" onClick={() => setRegistering(true)} data-testid="link-new-business">
          {t('home.newBusiness')}
        </button>
      </Notice>
    </div>
  );
}
