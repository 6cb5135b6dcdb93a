import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client';
import { Notice } from '../../portal/components/Notice';
import { Field } from '../components/Field';
import { FieldError } from '../data/controller';
import { translateKey, useT } from '../i18n';
import { useField } from '../state';

/**
 * Username and password. Used on the login screen and, when the session ended while check-ins wait,
 * on top of the worklist (the queue is never touched by logging in).
 */
export function LoginForm({ onDone }: { onDone?: () => void }) {
  const { t } = useT();
  const { field, state } = useField();
  const [username, setUsername] = useState(state.authLost ? (state.me?.user.username ?? '') : '');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!username.trim() || !password) return;
    setBusy(true);
    setProblem(null);
    try {
      await field.login(username.trim(), password);
      onDone?.();
    } catch (err) {
      if (err instanceof FieldError) setProblem(t(err.key, err.params));
      else if (isApiError(err, 0)) setProblem(t('login.offline'));
      else if (isApiError(err)) setProblem(translateKey(err.messageKey, err.params));
      else setProblem(t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  const required = (value: string) => (tried && !value ? t('login.required') : undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t('login.username')} error={required(username.trim())}>
        {(w) => (
          <input {...w} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} data-testid="login-username" />
        )}
      </Field>
      <Field label={t('login.password')} error={required(password)}>
        {(w) => (
          <div className="password">
            <input {...w} name="password" type={shown ? 'text' : 'password'} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="login-password" />
            <button type="button" className="btn-link" onClick={() => setShown(!shown)} aria-pressed={shown}>
              {shown ? t('login.hidePassword') : t('login.showPassword')}
            </button>
          </div>
        )}
      </Field>
      {problem && (
        <Notice tone="bad" testId="login-error">
          {problem}
        </Notice>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy} data-testid="login-submit">
        {busy ? t('common.sending') : t('login.submit')}
      </button>
    </form>
  );
}
