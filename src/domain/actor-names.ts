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

/** The spellings besides the one shown: the English name (for Belarusian and Russian readers) and every other alias. */
export function otherSpellings(actor: Pick<Actor, 'name' | 'names' | 'aliases'>, lang: Language): string[] {
  const shown = localizedName(actor, lang).text;
  return [...new Set([actor.name, ...actor.aliases])].filter((spelling) => spelling !== shown);
}
