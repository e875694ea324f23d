import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../domain/languages';
import en from './locales/en.json';

/**
 * The interface's strings. English is bundled with the first screen (it is also every missing
 * key's fallback); Belarusian and Russian are each their own chunk, loaded when a reader needs
 * them. i18next resolves plural keys (_one, _few, _many, _other) with Intl.PluralRules.
 */
void i18next.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['be', 'ru', 'en'],
  resources: { en: { translation: en } },
  // React writes every string as text; nothing here reaches an HTML sink, so no double escaping.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  be: () => import('./locales/be.json'),
  ru: () => import('./locales/ru.json'),
};

async function ensureLoaded(lang: Language): Promise<void> {
  if (lang === 'en' || i18next.hasResourceBundle(lang, 'translation')) return;
  const { default: strings } = await loaders[lang]();
  i18next.addResourceBundle(lang, 'translation', strings);
}

/** Loads the language's strings if need be, then switches the interface and the page's `lang` to it. */
export async function switchLanguage(lang: Language): Promise<void> {
  await ensureLoaded(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** The language the interface is showing now (its strings loaded), for Intl and for translated records. */
export function currentLanguage(): Language {
  const lang = i18next.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/** `t` and the language it speaks, which dates, numbers and sorting follow. */
export function useI18n() {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return { t, lang };
}

export { i18next };
