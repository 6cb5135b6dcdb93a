import { Notice } from '../../portal/components/Notice';
import { useT } from '../i18n';
import { LoginForm } from '../screens/LoginForm';
import { useField } from '../state';

/** When the server said the session ended: log in again here; nothing on the phone is lost. */
export function SessionNotice() {
  const { t } = useT();
  const { state } = useField();
  if (!state.authLost) return null;
  return (
    <Notice tone="wait" title={t('login.title')} testId="session-lost">
      <p>{t('login.again')}</p>
      <LoginForm />
    </Notice>
  );
}
