import type { EventType } from './event-types';
import type { DatasetIndex } from './dataset-index';
import type { TimelineEvent } from './schema';
import { resolveQueryActors } from './resolve-actors';
import { queryTokens } from './text';

export interface Filters {
  types: readonly EventType[];
  actors: readonly string[];
  q: string;
}

export const NO_FILTERS: Filters = { types: [], actors: [], q: '' };

export function hasActiveFilters(filters: Filters): boolean {
  return filters.types.length > 0 || filters.actors.length > 0 || filters.q.trim() !== '';
}

type Facet = 'types' | 'actors' | 'q';

/**
 * A predicate over event positions. `except` leaves one facet out, which is
 * how facet counts are computed (each facet counts under the other filters).
 */
function matcher(index: DatasetIndex, filters: Filters, except?: Facet): (event: TimelineEvent, position: number) => boolean {
  const types = except === 'types' || filters.types.length === 0 ? null : new Set<string>(filters.types);
  const actors = except === 'actors' || filters.actors.length === 0 ? null : new Set(filters.actors);
  const tokens = except === 'q' ? [] : queryTokens(filters.q);
  const texts = tokens.length ? index.searchText() : [];
  const spellings = tokens.length ? resolveQueryActors(index, filters.q).spellings : [];
  return (event, position) => {
    if (types && !types.has(event.type)) return false;
    if (actors && !event.actors.some((id) => actors.has(id))) return false;
    if (tokens.length) {
      const text = texts[position] ?? '';
      if (!tokens.every((token) => text.includes(token)) && !spellings.some((spelling) => text.includes(spelling))) return false;
    }
    return true;
  };
}

/** Events that pass every filter, in date order. */
export function filterEvents(index: DatasetIndex, filters: Filters): readonly TimelineEvent[] {
  if (!hasActiveFilters(filters)) return index.events;
  const match = matcher(index, filters);
  return index.events.filter(match);
}

export function countByType(index: DatasetIndex, filters: Filters): Map<string, number> {
  const match = matcher(index, filters, 'types');
  const counts = new Map<string, number>();
  index.events.forEach((event, position) => {
    if (match(event, position)) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  });
  return counts;
}

export function countByActor(index: DatasetIndex, filters: Filters): Map<string, number> {
  const match = matcher(index, filters, 'actors');
  const counts = new Map<string, number>();
  index.events.forEach((event, position) => {
    if (!match(event, position)) return;
    for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}
