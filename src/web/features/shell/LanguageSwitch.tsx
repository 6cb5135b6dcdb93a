import { Button } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../../i18n';

/**
 * Toggles between Bahasa Indonesia and English; the choice is remembered on this device.
 * The button shows the language it switches to ("EN" / "ID"). Test id: `lang-switch`.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 36em)', false, { getInitialValueInEffect: false });
  const next = (i18n.resolvedLanguage ?? currentLanguage()) === 'en' ? 'id' : 'en';
  return (
    <Button
      variant="default"
      size="compact-md"
      leftSection={wide ? <IconLanguage size={18} aria-hidden /> : undefined}
      onClick={() => setLanguage(next)}
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      lang={next}
      data-testid="lang-switch"
      data-lang={i18n.resolvedLanguage}
    >
      {t('lang.target')}
    </Button>
  );
}
