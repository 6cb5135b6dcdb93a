import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { STORAGE_KEYS, storage } from '../lib/storage';
import { RESOURCES } from './resources';

/** The languages of the app; Bahasa Indonesia first and default. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const isLanguage = (value: unknown): value is Language => value === 'id' || value === 'en';

/** The language stored on this device, else Bahasa Indonesia. */
export function initialLanguage(): Language {
  const stored = storage.get(STORAGE_KEYS.language);
  return isLanguage(stored) ? stored : 'id';
}

void i18n.use(initReactI18next).init({
  resources: RESOURCES,
  lng: initialLanguage(),
  fallbackLng: 'id',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { useSuspense: false },
});

const syncDocument = (lng: string) => {
  document.documentElement.lang = lng;
};
syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

/** The current language, narrowed to the supported ones. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'id';
}

/** Switches the language and remembers it on this device. */
export function setLanguage(lng: Language): void {
  storage.set(STORAGE_KEYS.language, lng);
  void i18n.changeLanguage(lng);
}

export default i18n;
