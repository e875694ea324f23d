import type { DatasetIndex } from '../domain/dataset-index';
import { computeView, type Filters } from '../domain/filters';
import { memoizeLast } from '../domain/memo';
import type { EventType } from '../domain/event-types';
import type { TimelineEvent } from '../domain/schema';
import { positionsOf } from '../domain/positions';
import { timeColumns } from '../domain/time-columns';
import { useActorFilter, useSearchText, useTypeFilter, useViewWindow } from './store-context';
import type { ViewWindow } from './view-state';
import { fromViewWindow } from './window-days';

/**
 * Derived data: computed from the dataset and the user's choices, never stored.
 * Each selector keeps its last result, so the timeline, the list, the counts and
 * the status line share one computation per change.
 */
const selectView = memoizeLast((index: DatasetIndex, types: readonly EventType[], actors: readonly string[], q: string) =>
  computeView(index, { types, actors, q }),
);

export function useFilters(): Filters {
  return { types: useTypeFilter(), actors: useActorFilter(), q: useSearchText() };
}

export function useFilteredEvents(index: DatasetIndex): readonly TimelineEvent[] {
  const { types, actors, q } = useFilters();
  return selectView(index, types, actors, q).events;
}

const selectInWindow = memoizeLast((index: DatasetIndex, events: readonly TimelineEvent[], window: ViewWindow | null) => {
  if (!window) return events;
  const { start, end } = fromViewWindow(window);
  const columns = timeColumns(index);
  const positions = positionsOf(index, events);
  const inView: TimelineEvent[] = [];
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const first = columns.start[p]!;
    const last = Number.isNaN(columns.end[p]!) ? first : columns.end[p]!;
    if (last >= start && first <= end) inView.push(events[i]!);
  }
  return inView;
});

/** Exactly what the view shows: the filtered events inside the visible window. */
export function useEventsInView(index: DatasetIndex): readonly TimelineEvent[] {
  const filtered = useFilteredEvents(index);
  return selectInWindow(index, filtered, useViewWindow());
}

export function useTypeCounts(index: DatasetIndex): Map<string, number> {
  const { types, actors, q } = useFilters();
  return selectView(index, types, actors, q).typeCounts;
}

export function useActorCounts(index: DatasetIndex): Map<string, number> {
  const { types, actors, q } = useFilters();
  return selectView(index, types, actors, q).actorCounts;
}
