import type { DatasetIndex } from '../domain/dataset-index';
import { countByActor, countByType, filterEvents, type Filters } from '../domain/filters';
import { memoizeLast } from '../domain/memo';
import type { EventType } from '../domain/event-types';
import type { TimelineEvent } from '../domain/schema';
import { useActorFilter, useSearchText, useTypeFilter } from './store-context';

/**
 * Derived data: computed from the dataset and the user's choices, never stored.
 * Each selector keeps its last result, so the timeline, the list, the counts and
 * the status line share one computation per change.
 */
const selectFiltered = memoizeLast(
  (index: DatasetIndex, types: readonly EventType[], actors: readonly string[], q: string): readonly TimelineEvent[] =>
    filterEvents(index, { types, actors, q }),
);
const selectTypeCounts = memoizeLast(
  (index: DatasetIndex, types: readonly EventType[], actors: readonly string[], q: string) => countByType(index, { types, actors, q }),
);
const selectActorCounts = memoizeLast(
  (index: DatasetIndex, types: readonly EventType[], actors: readonly string[], q: string) => countByActor(index, { types, actors, q }),
);

export function useFilters(): Filters {
  return { types: useTypeFilter(), actors: useActorFilter(), q: useSearchText() };
}

export function useFilteredEvents(index: DatasetIndex): readonly TimelineEvent[] {
  const { types, actors, q } = useFilters();
  return selectFiltered(index, types, actors, q);
}

export function useTypeCounts(index: DatasetIndex): Map<string, number> {
  const { types, actors, q } = useFilters();
  return selectTypeCounts(index, types, actors, q);
}

export function useActorCounts(index: DatasetIndex): Map<string, number> {
  const { types, actors, q } = useFilters();
  return selectActorCounts(index, types, actors, q);
}
