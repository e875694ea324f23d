import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../domain/languages';
import { useI18n } from '../i18n/i18n';

/**
 * The interface's language, chosen from a list naming each language in itself. The caller
 * writes the choice into the link (lang=), which the page's language follows.
 */
export function LanguageSwitcher({ lang, onChoose }: { lang: Language; onChoose: (lang: Language) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="flex items-center gap-1 text-sm">
      <label htmlFor={id} className="text-muted">
        <span className="sr-only">{t('language.label')}</span>
      </label>
      <select id={id} className="input language-select" value={lang} onChange={(event) => onChoose(event.target.value as Language)}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
