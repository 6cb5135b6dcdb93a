import { useEffect } from 'react';
import { Link, useNavigate } from '../router';
import { ownerRegency, useMe } from '../api/session';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n';

/**
 * The first screen: two big choices, "Masuk" and "Daftar". An owner who is still signed in goes
 * straight to Beranda. It renders at once, without waiting for the session check.
 */
export function WelcomePage() {
  const { t } = useT();
  const me = useMe();
  const navigate = useNavigate();
  useEffect(() => {
    if (ownerRegency(me.data)) navigate('/beranda', { replace: true });
  }, [me.data, navigate]);
  return (
    <section className="stack">
      <PageHeading>{t('welcome.title')}</PageHeading>
      <p>{t('welcome.body')}</p>
      <div className="actions">
        <Link className="btn btn-primary" to="/masuk" data-testid="welcome-login">
          <span>
            {t('welcome.login')}
            <span className="btn-hint">{t('welcome.loginHint')}</span>
          </span>
        </Link>
        <Link className="btn btn-secondary" to="/daftar" data-testid="welcome-signup">
          <span>
            {t('welcome.signup')}
            <span className="btn-hint">{t('welcome.signupHint')}</span>
          </span>
        </Link>
      </div>
    </section>
  );
}
