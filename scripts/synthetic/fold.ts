/**
 * Search folding, the same rules as the app's (src/domain/text.ts): lower case, no
 * diacritics, and the Latin letters Unicode does not decompose mapped by hand. Kept
 * separate so what the benchmark's baseline page searches, and the counts the benchmark and
 * the scale journey expect of synthetic data, do not depend on app code.
 */
const EXTRA: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
};
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA).join('')}]`, 'g');

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(query: string): string[] {
  const folded = fold(query);
  return folded ? folded.split(' ') : [];
}

interface SearchableEvent {
  title: string;
  summary: string;
  location?: string;
  actors: readonly string[];
}

/** The text an event is searched in: title, summary, location, and its actors' names and aliases. */
export function searchText(event: SearchableEvent, actorText: ReadonlyMap<string, string>): string {
  return fold([event.title, event.summary, event.location ?? '', ...event.actors.map((id) => actorText.get(id) ?? '')].join(' | '));
}

export function actorSearchText(actor: { name: string; aliases: readonly string[] }): string {
  return fold([actor.name, ...actor.aliases].join(' | '));
}
