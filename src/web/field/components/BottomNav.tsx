import { useT } from '../i18n';
import type { Screen } from '../lib/route';
import { Link, useScreen } from '../router';
import { useField } from '../state';

/** The thumb-reach menu: worklist, search, send (with how many records are on the phone). */
export function BottomNav() {
  const { t } = useT();
  const { state } = useField();
  const screen = useScreen();
  const here = (name: Screen['name']) => (screen.name === name ? ('page' as const) : undefined);
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <Link to={{ name: 'worklist', tab: 'due' }} aria-current={here('worklist')}>
        {t('nav.worklist')}
      </Link>
      <Link to={{ name: 'search', q: '' }} aria-current={here('search')}>
        {t('nav.search')}
      </Link>
      <Link to={{ name: 'outbox' }} aria-current={here('outbox')} data-testid="nav-outbox">
        {t('nav.send')}
        {state.items.length > 0 && <span className="count">{state.items.length}</span>}
      </Link>
    </nav>
  );
}
