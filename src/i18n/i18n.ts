import i18next from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';
import { hasNativeDates, numberFormat } from '../domain/intl-formats';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../domain/languages';
import en from './locales/en.json';

/**
 * The interface's strings. English is bundled with the first screen (it is also every missing
 * key's fallback); Belarusian and Russian are each their own chunk, loaded when a reader needs
 * them. i18next resolves plural keys (_one, _few, _many, _other) with Intl.PluralRules.
 */
void i18next.init({
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

// Numbers in interpolations ({{count, number}}) by Intl, with the same locale fallbacks as the rest
// of the app (numberFormat). The strings give `number` no options; i18next's third argument holds
// the t() call's own values (count…), so it is not a formatter's key.
i18next.services.formatter?.add('number', (value: number, lng) =>
  numberFormat(isLanguage(lng ?? '') ? (lng as Language) : DEFAULT_LANGUAGE).format(value),
);

async function ensureLoaded(lang: Language): Promise<void> {
  if (lang === 'en' || i18next.hasResourceBundle(lang, 'translation')) return;
  const [{ default: strings }] = await Promise.all([
    loaders[lang](),
    // A runtime without Belarusian dates (Chromium) gets them from CLDR data, in their own chunk.
    lang === 'be' && !hasNativeDates('be') ? import('./intl-be') : null,
  ]);
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

function onLanguageChanged(changed: () => void): () => void {
  i18next.on('languageChanged', changed);
  return () => i18next.off('languageChanged', changed);
}

const shownLanguage = () => i18next.language;

/**
 * `t` and the language it speaks, which dates, numbers and sorting follow. A component re-renders
 * when the language changes. (i18next's own React binding did only this for us, for 3 KB gzipped
 * of the first screen.)
 */
export function useI18n() {
  const language = useSyncExternalStore(onLanguageChanged, shownLanguage, shownLanguage);
  const t = useMemo(() => i18next.getFixedT(language), [language]);
  const lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  return { t, lang };
}

export { i18next };
