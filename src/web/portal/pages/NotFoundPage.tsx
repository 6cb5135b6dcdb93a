import { Link } from '../router';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n';

/** An unknown /portal/… address: say so and offer the way back. */
export function NotFoundPage() {
  const { t } = useT();
  return (
    <section>
      <PageHeading>{t('notFoundPage.title')}</PageHeading>
      <Link className="btn btn-secondary" to="/">
        {t('notFoundPage.back')}
      </Link>
    </section>
  );
}
