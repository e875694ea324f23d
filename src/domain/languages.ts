/**
 * The languages the interface speaks. English is the dataset's own language and the fallback;
 * Belarusian and Russian have translated interface strings and, where curators wrote them,
 * translated titles and summaries. Pure and tiny: the first screen's script reads it.
 */
export const LANGUAGES = ['be', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** What the switcher shows for each language, in that language. */
export const LANGUAGE_NAMES: Record<Language, string> = { be: 'Беларуская', ru: 'Русский', en: 'English' };

/** The language every source document is written in, so every quote is in. One place, for the day a source is not. */
export const SOURCE_LANGUAGE: Language = 'en';

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we speak ("be-BY" is Belarusian), else English. */
export function negotiateLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The locales Intl is asked for, best first: British English writes "5 Dec 2024", day first, as
 * the site always has; Belarusian falls back on Russian where a runtime has no Belarusian data
 * (Chromium has none for numbers and sorting), whose grouping ("10 000") and alphabet are closest.
 */
export function intlLocales(lang: Language): string[] {
  return lang === 'en' ? ['en-GB'] : lang === 'be' ? ['be', 'ru'] : [lang];
}

/** The one locale Intl formats with when a list cannot be given. */
export function intlLocale(lang: Language): string {
  return intlLocales(lang)[0]!;
}

const collators = new Map<Language, Intl.Collator>();

/** Compares two texts in the language's alphabetical order (Intl.Collator), for sorting lists a reader scans. */
export function collatorOf(lang: Language): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(intlLocales(lang), { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}
