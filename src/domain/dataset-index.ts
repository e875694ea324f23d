import { inDateOrder } from './compare';
import { EVENT_TYPE_IDS, type EventType } from './event-types';
import { CorpusBuilder, foldActorText, type SearchCorpus } from './search-corpus';
import type { Actor, Dataset, TimelineEvent } from './schema';

/** Everything derived once from a loaded dataset, so filtering never re-derives it. */
export interface DatasetIndex {
  version: string;
  /** Events in date order. */
  events: readonly TimelineEvent[];
  eventsById: ReadonlyMap<string, TimelineEvent>;
  /** Position of each event in `events`. */
  positionById: ReadonlyMap<string, number>;
  actors: readonly Actor[];
  actorsById: ReadonlyMap<string, Actor>;
  /** Folded name and aliases of each actor, for the picker and search. */
  actorSearchText: ReadonlyMap<string, string>;
  /**
   * The folded search text of every event, by position. Built on first use (the
   * first search), or a slice at a time in idle moments after the first render.
   */
  searchCorpus: () => SearchCorpus;
  /** Builds some more of the search text; returns true once it is complete. For idle-time warming. */
  warmSearchText: (count: number) => boolean;
  typesPresent: readonly EventType[];
}

/** Folded name and aliases of each actor. */
function actorSearchTexts(actors: readonly Actor[]): Map<string, string> {
  return new Map(actors.map((actor) => [actor.id, foldActorText(actor)]));
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const events = inDateOrder(dataset.events);
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const actorSearchText = actorSearchTexts(dataset.actors);
  const positionById = new Map(events.map((event, index) => [event.id, index]));
  const builder = new CorpusBuilder(events, actorSearchText);
  const present = new Set(events.map((event) => event.type));
  return {
    version: dataset.version,
    events,
    eventsById: new Map(events.map((event) => [event.id, event])),
    positionById,
    actors: [...dataset.actors].sort((a, b) => a.name.localeCompare(b.name)),
    actorsById,
    actorSearchText,
    searchCorpus: () => builder.result(),
    warmSearchText: (count) => builder.step(count),
    typesPresent: EVENT_TYPE_IDS.filter((type) => present.has(type)),
  };
}
