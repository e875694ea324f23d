import type { Actor } from './schema';
import { foldText } from './text';

/** Spellings shorter than this ("US", "EU") would match inside ordinary words. */
const MIN_SPELLING = 4;

export interface ResolvedQuery {
  /** Actors one of whose spellings is the query. */
  actors: Actor[];
  /** Every folded spelling of those actors, long enough to search text for. */
  spellings: string[];
}

const NONE: ResolvedQuery = { actors: [], spellings: [] };

/**
 * A query that is one of an actor's spellings stands for the actor: the search
 * then finds every other spelling too, so "Cichanouskaja" and "Tsikhanouskaya"
 * give the same results.
 */
export function resolveQueryActors(actors: readonly Actor[], query: string): ResolvedQuery {
  const folded = foldText(query);
  if (folded.length < 3) return NONE;
  const named = actors.filter((actor) => [actor.name, ...actor.aliases].some((spelling) => foldText(spelling) === folded));
  if (named.length === 0) return NONE;
  const spellings = new Set<string>();
  for (const actor of named) {
    for (const spelling of [actor.name, ...actor.aliases]) {
      const text = foldText(spelling);
      if (text.length >= MIN_SPELLING) spellings.add(text);
    }
  }
  return { actors: named, spellings: [...spellings] };
}
