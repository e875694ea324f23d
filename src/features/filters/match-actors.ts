import { localizedName, type LocalizedName } from '../../domain/actor-names';
import type { ActorMatch, DatasetIndex } from '../../domain/dataset-index';
import { collatorOf, type Language } from '../../domain/languages';

export interface CountedActorMatch extends ActorMatch {
  count: number;
  /** The name shown in the reader's language. */
  name: LocalizedName;
}

/** Actors whose name or any alias contains every typed word, busiest first, then by the name shown, in the language's alphabetical order. */
export function matchActors(
  index: DatasetIndex,
  text: string,
  counts: ReadonlyMap<string, number>,
  lang: Language = 'en',
  limit = 50,
): CountedActorMatch[] {
  const matches = index
    .actorsMatching(text, lang)
    .map((match) => ({ ...match, count: counts.get(match.actor.id) ?? 0, name: localizedName(match.actor, lang) }));
  const { compare } = collatorOf(lang);
  matches.sort((a, b) => b.count - a.count || compare(a.name.text, b.name.text));
  return matches.slice(0, limit);
}
