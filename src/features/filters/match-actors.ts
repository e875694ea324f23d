import type { DatasetIndex } from '../../domain/dataset-index';
import type { Actor } from '../../domain/schema';
import { foldText, queryTokens } from '../../domain/text';

export interface ActorMatch {
  actor: Actor;
  /** The alias that matched, when it is not the name. */
  via: string | null;
  count: number;
}

/** Actors whose name or any alias contains every typed word, busiest first. */
export function matchActors(index: DatasetIndex, text: string, counts: ReadonlyMap<string, number>, limit = 50): ActorMatch[] {
  const tokens = queryTokens(text);
  const matches: ActorMatch[] = [];
  for (const actor of index.actors) {
    const haystack = index.actorSearchText.get(actor.id) ?? '';
    if (!tokens.every((token) => haystack.includes(token))) continue;
    let via: string | null = null;
    if (tokens.length && !tokens.every((token) => foldText(actor.name).includes(token))) {
      via = actor.aliases.find((alias) => tokens.every((token) => foldText(alias).includes(token))) ?? null;
    }
    matches.push({ actor, via, count: counts.get(actor.id) ?? 0 });
  }
  matches.sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name));
  return matches.slice(0, limit);
}
