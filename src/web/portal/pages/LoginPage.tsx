import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate } from '../router';
import { ownerRegency, useLogin } from '../api/session';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { PasswordInput } from '../components/PasswordInput';
import { required, useFormProblems } from '../lib/form';
import { useT } from '../i18n';

/** Where to go after signing in: back to the page that asked for it, else Beranda. */
const returnPath = (state: unknown): string => {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && from !== '/masuk' ? from : '/beranda';
};

/**
 * "Masuk": phone number and password. The phone is sent as typed; the server finds the account by
 * its normalised number, so "0812-3456-789" and "0812 3456 789" both work.
 */
export default function LoginPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const login = useLogin();
  const problems = useFormProblems({ username: 'phone' });
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [staffAccount, setStaffAccount] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problems.check({ phone: required(phone), password: required(password) })) return;
    login.mutate(
      { username: phone.trim(), password },
      {
        onSuccess: (me) => {
          if (ownerRegency(me)) navigate(returnPath(location.state), { replace: true });
          else setStaffAccount(true);
        },
        onError: problems.fromError,
      },
    );
  };

  return (
    <section>
      <PageHeading>{t('login.title')}</PageHeading>
      {staffAccount && (
        <Notice tone="info" title={t('login.notOwner')} testId="portal-not-owner">
          <a className="btn btn-secondary" href="/">
            {t('login.openStaffApp')}
          </a>
        </Notice>
      )}
      <form ref={problems.formRef} onSubmit={submit} noValidate>
        <Field label={t('login.phone')} error={problems.fieldText('phone')}>
          {(w) => (
            <input {...w} type="tel" inputMode="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} data-testid="login-phone" />
          )}
        </Field>
        <Field label={t('login.password')} error={problems.fieldText('password')}>
          {(w) => (
            <PasswordInput {...w} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} testId="login-password" />
          )}
        </Field>
        {problems.generalText && <Notice tone="bad" testId="login-error">{problems.generalText}</Notice>}
        <button type="submit" className="btn btn-primary" disabled={login.isPending} data-testid="login-submit">
          {login.isPending ? t('common.sending') : t('login.submit')}
        </button>
      </form>
      <p>
        <Link className="btn-link" to="/daftar">
          {t('login.noAccount')}
        </Link>
      </p>
    </section>
  );
}
