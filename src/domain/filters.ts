import type { CorroborationLevel } from './corroboration';
import type { EventType } from './event-types';

export interface Filters {
  types: readonly EventType[];
  actors: readonly string[];
  q: string;
  /** Absent or empty: every level. */
  corroboration?: readonly CorroborationLevel[];
}

export const NO_FILTERS: Filters = { types: [], actors: [], q: '', corroboration: [] };

export function hasActiveFilters(filters: Filters): boolean {
  return filters.types.length > 0 || filters.actors.length > 0 || filters.q.trim() !== '' || (filters.corroboration?.length ?? 0) > 0;
}
