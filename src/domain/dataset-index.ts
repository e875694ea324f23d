import { compareEvents } from './compare';
import { EVENT_TYPE_IDS, type EventType } from './event-types';
import { foldText } from './text';
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
   * Folded searchable text of each event, by position. Built on first use (the
   * first search, or an idle moment after the first render), not at load.
   */
  searchText: () => readonly string[];
  /** Builds some more of the search text; returns true once it is complete. For idle-time warming. */
  warmSearchText: (count: number) => boolean;
  typesPresent: readonly EventType[];
}

function isSorted(events: readonly TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (compareEvents(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

/** Folded name and aliases of each actor. */
function actorSearchTexts(actors: readonly Actor[]): Map<string, string> {
  return new Map(actors.map((actor) => [actor.id, foldText([actor.name, ...actor.aliases].join(' | '))]));
}

/** The folded text search looks through for one event: its words and every spelling of its actors. */
function searchTextFolder(actorTexts: ReadonlyMap<string, string>): (event: TimelineEvent) => string {
  return (event) => [foldText(`${event.title} | ${event.summary} | ${event.location ?? ''}`), ...event.actors.map((id) => actorTexts.get(id) ?? '')].join(' | ');
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  // The published file is already in date order; sorting is only for hand-made or synthetic files.
  const events = isSorted(dataset.events) ? dataset.events : [...dataset.events].sort(compareEvents);
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const actorSearchText = actorSearchTexts(dataset.actors);
  const searchTexts: string[] = [];
  const foldEvent = searchTextFolder(actorSearchText);
  const positionById = new Map(events.map((event, index) => [event.id, index]));
  const warmSearchText = (count: number) => {
    const end = Math.min(events.length, searchTexts.length + count);
    for (let i = searchTexts.length; i < end; i++) searchTexts.push(foldEvent(events[i]!));
    return searchTexts.length === events.length;
  };
  const buildSearchText = () => {
    warmSearchText(events.length);
    return searchTexts;
  };
  const present = new Set(events.map((event) => event.type));
  return {
    version: dataset.version,
    events,
    eventsById: new Map(events.map((event) => [event.id, event])),
    positionById,
    actors: [...dataset.actors].sort((a, b) => a.name.localeCompare(b.name)),
    actorsById,
    actorSearchText,
    searchText: buildSearchText,
    warmSearchText,
    typesPresent: EVENT_TYPE_IDS.filter((type) => present.has(type)),
  };
}
