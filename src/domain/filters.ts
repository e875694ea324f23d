import type { EventType } from './event-types';

export interface Filters {
  types: readonly EventType[];
  actors: readonly string[];
  q: string;
}

export const NO_FILTERS: Filters = { types: [], actors: [], q: '' };

export function hasActiveFilters(filters: Filters): boolean {
  return filters.types.length > 0 || filters.actors.length > 0 || filters.q.trim() !== '';
}
