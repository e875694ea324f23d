import type { Language } from './languages';
import type { Actor } from './schema';

/** An actor's name as a reader of `lang` sees it, and the language it is written in. */
export interface LocalizedName {
  text: string;
  lang: Language;
}

/**
 * The actor's Belarusian or Russian name where the data has one (`names`, chosen from its aliases),
 * else its English name, marked as English. English readers always see `name`.
 */
export function localizedName(actor: Pick<Actor, 'name' | 'names'>, lang: Language): LocalizedName {
  const name = lang === 'en' ? undefined : actor.names?.[lang];
  return name ? { text: name, lang } : { text: actor.name, lang: 'en' };
}

/**
 * A source's publisher as a reader of `lang` sees it: the document's own words, except that a
 * Belarusian or Russian reader sees the publisher's name in their language where it is an actor
 * with one. `sourceLang` is the language the document (and so its words) is in.
 */
export function publisherName(
  publisher: string,
  actor: Pick<Actor, 'names'> | undefined,
  lang: Language,
  sourceLang: Language,
): LocalizedName {
  const name = lang === 'en' ? undefined : actor?.names?.[lang];
  return name ? { text: name, lang } : { text: publisher, lang: sourceLang };
}

/** The spellings besides the one shown: the English name (for Belarusian and Russian readers) and every other alias. */
export function otherSpellings(actor: Pick<Actor, 'name' | 'names' | 'aliases'>, lang: Language): string[] {
  const shown = localizedName(actor, lang).text;
  return [...new Set([actor.name, ...actor.aliases])].filter((spelling) => spelling !== shown);
}
