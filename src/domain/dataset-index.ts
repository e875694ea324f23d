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

export function buildIndex(dataset: Dataset): DatasetIndex {
  // The published file is already in date order; sorting is only for hand-made or synthetic files.
  const events = isSorted(dataset.events) ? dataset.events : [...dataset.events].sort(compareEvents);
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const actorSearchText = new Map(
    dataset.actors.map((actor) => [actor.id, foldText([actor.name, ...actor.aliases].join(' | '))]),
  );
  const searchTexts: string[] = [];
  const foldEvent = (event: TimelineEvent) =>
    [foldText(`${event.title} | ${event.summary} | ${event.location ?? ''}`), ...event.actors.map((id) => actorSearchText.get(id) ?? '')].join(' | ');
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
    positionById: new Map(events.map((event, index) => [event.id, index])),
    actors: [...dataset.actors].sort((a, b) => a.name.localeCompare(b.name)),
    actorsById,
    actorSearchText,
    searchText: buildSearchText,
    warmSearchText,
    typesPresent: EVENT_TYPE_IDS.filter((type) => present.has(type)),
  };
}
