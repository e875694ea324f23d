import { SOURCE_LANGUAGE, type Language } from './languages';
import type { Source, TimelineEvent } from './schema';

/** An event's title and summary in the reader's language where curators translated them, else in English. */
export interface LocalizedText {
  title: string;
  summary: string;
  /** The language the text is in: the reader's, or English where no translation exists. */
  lang: Language;
  /** A translation (from English), to be marked as one. */
  translated: boolean;
}

export function localizedText(event: Pick<TimelineEvent, 'title' | 'summary' | 'translations'>, lang: Language): LocalizedText {
  const translation = lang === 'en' ? undefined : event.translations?.[lang];
  if (translation) return { title: translation.title, summary: translation.summary, lang, translated: true };
  return { title: event.title, summary: event.summary, lang: 'en', translated: false };
}

/**
 * The language a source's quote and headline are in: quotes are never translated. Every source
 * document so far is English; a source in another language would say so here.
 */
export function sourceLanguage(_source: Pick<Source, 'document'>): Language {
  return SOURCE_LANGUAGE;
}
