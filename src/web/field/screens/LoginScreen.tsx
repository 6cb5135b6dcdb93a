import { PageHeading } from '../../portal/components/PageHeading';
import { useT } from '../i18n';
import { go } from '../router';
import { LoginForm } from './LoginForm';

/** "Masuk": the first screen on a new phone; afterwards the app opens straight to the stored worklist. */
export default function LoginScreen() {
  const { t } = useT();
  return (
    <section>
      <PageHeading>{t('login.title')}</PageHeading>
      <p>{t('login.intro')}</p>
      <LoginForm onDone={() => go({ name: 'worklist', tab: 'due' }, { replace: true })} />
    </section>
  );
}
