import type { ActorMatch, DatasetIndex } from '../../domain/dataset-index';

export interface CountedActorMatch extends ActorMatch {
  count: number;
}

/** Actors whose name or any alias contains every typed word, busiest first. */
export function matchActors(index: DatasetIndex, text: string, counts: ReadonlyMap<string, number>, limit = 50): CountedActorMatch[] {
  const matches = index.actorsMatching(text).map((match) => ({ ...match, count: counts.get(match.actor.id) ?? 0 }));
  matches.sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name));
  return matches.slice(0, limit);
}
