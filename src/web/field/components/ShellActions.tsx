import { createPortal } from 'react-dom';
import { setLanguage, useT } from '../i18n';

/** The language switch, rendered into the static header (#shell-actions); it shows the language it switches to. */
export function ShellActions() {
  const { t, lang } = useT();
  const target = document.getElementById('shell-actions');
  if (!target) return null;
  const next = lang === 'en' ? 'id' : 'en';
  return createPortal(
    <button type="button" className="lang" lang={next} aria-label={t('shell.langLabel')} onClick={() => void setLanguage(next)} data-testid="field-lang">
      {t('shell.langTarget')}
    </button>,
    target,
  );
}
