import type { ActorMatch, DatasetIndex } from '../../domain/dataset-index';
import { collatorOf, type Language } from '../../domain/languages';

export interface CountedActorMatch extends ActorMatch {
  count: number;
}

/** Actors whose name or any alias contains every typed word, busiest first, then in the language's alphabetical order. */
export function matchActors(
  index: DatasetIndex,
  text: string,
  counts: ReadonlyMap<string, number>,
  lang: Language = 'en',
  limit = 50,
): CountedActorMatch[] {
  const matches = index.actorsMatching(text).map((match) => ({ ...match, count: counts.get(match.actor.id) ?? 0 }));
  const { compare } = collatorOf(lang);
  matches.sort((a, b) => b.count - a.count || compare(a.actor.name, b.actor.name));
  return matches.slice(0, limit);
}
