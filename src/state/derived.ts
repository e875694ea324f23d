import type { EventView } from '../domain/dataset-index';
import type { Filters } from '../domain/filters';
import type { TimelineEvent } from '../domain/schema';
import { useDatasetIndex } from './dataset-context';
import { useActorFilter, useCorroborationFilter, useSearchText, useTypeFilter, useViewWindow } from './store-context';
import { fromViewWindow } from './window-days';

/**
 * Derived data: computed by the index from the user's choices, never stored.
 * The index remembers its last answer, so the timeline, the list, the counts and
 * the status line share one computation per change.
 */
export function useFilters(): Filters {
  return { types: useTypeFilter(), actors: useActorFilter(), q: useSearchText(), corroboration: useCorroborationFilter() };
}

/** The events passing the filters, with facet counts and their places on the axis. */
export function useEventView(): EventView {
  return useDatasetIndex().view(useFilters());
}

export function useFilteredEvents(): readonly TimelineEvent[] {
  return useEventView().events;
}

/** Exactly what the view shows: the filtered events inside the visible window. */
export function useEventsInView(): readonly TimelineEvent[] {
  const view = useEventView();
  const window = useViewWindow();
  if (!window) return view.events;
  const { start, end } = fromViewWindow(window);
  return view.within(start, end);
}
