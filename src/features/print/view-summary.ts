import type { DatasetIndex } from '../../domain/dataset-index';
import { EVENT_TYPES } from '../../domain/event-types';
import type { Filters } from '../../domain/filters';
import { formatPartialDate } from '../../domain/partial-date';
import type { ViewWindow } from '../../state/view-state';

/** The view's filters and time window in words, for the head of a printed chronology. */
export function describeView(index: DatasetIndex, filters: Filters, window: ViewWindow | null): [label: string, value: string][] {
  const types = filters.types.map((type) => EVENT_TYPES[type].label);
  const actors = filters.actors.map((id) => index.actor(id)?.name ?? id);
  const q = filters.q.trim();
  return [
    ['Event types', types.length ? types.join(', ') : 'All'],
    ['Actors', actors.length ? actors.join(', ') : 'All'],
    ['Search', q ? `“${q}”` : 'None'],
    ['Time window', window ? `${formatPartialDate(window.from)} – ${formatPartialDate(window.to)}` : 'All dates'],
  ];
}
