import { type FormEvent, useEffect, useMemo } from 'react';
import { Link } from '../../router';
import { useRegencies } from '../../api/portal';
import { Field } from '../../components/Field';
import { LoadError, Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PasswordInput } from '../../components/PasswordInput';
import { required, useFormProblems } from '../../lib/form';
import { isPlausiblePhone } from '../../lib/input';
import { useT } from '../../i18n';

export interface SignupValues {
  kodeWilayah: string;
  fullName: string;
  phone: string;
  password: string;
}

interface Props {
  values: SignupValues;
  onChange: (v: SignupValues) => void;
  pending: boolean;
  /** Sends the details; the callback receives a server error to place under the fields. */
  onSubmit: (onError: (e: unknown) => void) => void;
}

const MIN_PASSWORD = 10; // the server's minimum (it also checks how guessable the password is)

/** The sign-up details. The regency is chosen for the owner when only one takes sign-ups. */
export function SignupForm({ values, onChange, pending, onSubmit }: Props) {
  const { t } = useT();
  const regencies = useRegencies();
  const problems = useFormProblems();
  const items = useMemo(() => regencies.data?.items ?? [], [regencies.data]);
  const set = (patch: Partial<SignupValues>) => onChange({ ...values, ...patch });

  useEffect(() => {
    if (items.length === 1 && !values.kodeWilayah) onChange({ ...values, kodeWilayah: items[0]!.kodeWilayah });
  }, [items, values, onChange]);

  if (regencies.isPending) return <Loading />;
  if (regencies.isError) return <LoadError error={regencies.error} retry={() => void regencies.refetch()} />;
  if (items.length === 0) return <Notice tone="info">{t('signup.noRegency')}</Notice>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = problems.check({
      kodeWilayah: required(values.kodeWilayah),
      fullName: values.fullName.trim().length >= 2 ? null : { key: 'validation.name', params: {} },
      phone: required(values.phone) ?? (isPlausiblePhone(values.phone) ? null : { key: 'validation.phone.invalid', params: {} }),
      password: values.password.length >= MIN_PASSWORD ? null : { key: 'validation.password.too_short', params: { minimum: MIN_PASSWORD } },
    });
    if (ok) onSubmit(problems.fromError);
  };

  return (
    <form ref={problems.formRef} onSubmit={submit} noValidate>
      <p>{t('signup.intro')}</p>
      <Field label={t('signup.regency')} error={problems.fieldText('kodeWilayah')}>
        {(w) => (
          <select {...w} value={values.kodeWilayah} onChange={(e) => set({ kodeWilayah: e.target.value })} data-testid="signup-regency">
            {items.length > 1 && <option value="">{t('signup.regencyPick')}</option>}
            {items.map((r) => (
              <option key={r.kodeWilayah} value={r.kodeWilayah}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('signup.name')} hint={t('signup.nameHint')} error={problems.fieldText('fullName')}>
        {(w) => <input {...w} autoComplete="name" value={values.fullName} onChange={(e) => set({ fullName: e.target.value })} data-testid="signup-name" />}
      </Field>
      <Field label={t('signup.phone')} hint={t('signup.phoneHint')} error={problems.fieldText('phone')}>
        {(w) => (
          <input {...w} type="tel" inputMode="tel" autoComplete="tel" value={values.phone} onChange={(e) => set({ phone: e.target.value })} data-testid="signup-phone" />
        )}
      </Field>
      <Field label={t('signup.password')} hint={t('signup.passwordHint')} error={problems.fieldText('password')}>
        {(w) => (
          <PasswordInput {...w} autoComplete="new-password" value={values.password} onChange={(e) => set({ password: e.target.value })} testId="signup-password" />
        )}
      </Field>
      {problems.generalText && (
        <Notice tone="bad" testId="signup-error">
          <p>{problems.generalText}</p>
          {/* A taken number almost always means "you already have an account": offer the way in. */}
          {problems.general?.key === 'errors.portal.phoneTaken' && (
            <Link className="btn btn-secondary" to="/masuk">
              {t('login.submit')}
            </Link>
          )}
        </Notice>
      )}
      <button type="submit" className="btn btn-primary" disabled={pending} data-testid="signup-submit">
        {pending ? t('common.sending') : t('signup.submit')}
      </button>
      <p>
        <Link className="btn-link" to="/masuk">
          {t('signup.haveAccount')}
        </Link>
      </p>
    </form>
  );
}
