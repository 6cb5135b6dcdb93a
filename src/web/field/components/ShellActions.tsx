import { LanguageSwitch } from '../../lib/LanguageSwitch';
import { setLanguage, useT } from '../i18n';

/** The header's language switch (see LanguageSwitch) with this app's dictionary. */
export function ShellActions() {
  const { t, lang } = useT();
  return <LanguageSwitch lang={lang} onSwitch={(next) => void setLanguage(next)} label={t('shell.langLabel')} targetText={t('shell.langTarget')} testId="field-lang" />;
}
