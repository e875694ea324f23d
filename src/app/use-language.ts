import { useEffect } from 'react';
import { negotiateLanguage, type Language } from '../domain/languages';
import { switchLanguage } from '../i18n/i18n';
import { useChosenLanguage } from '../state/store-context';

/** The browser's preferred language we speak (navigator.languages), else English. */
export function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'en';
  return negotiateLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** The link's lang= (or the switcher's choice), else the browser's: the interface and <html lang> follow it. */
export function useLanguageSync(): void {
  const chosen = useChosenLanguage();
  const lang = chosen ?? browserLanguage();
  useEffect(() => {
    void switchLanguage(lang);
  }, [lang]);
}
