import type { DatasetIndex } from '../../domain/dataset-index';
import type { TimelineEvent } from '../../domain/schema';

export interface Neighbours {
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  /** 1-based place of the event among the filtered events, or null when filtered out. */
  position: number | null;
}

/**
 * Previous and next among the filtered events in date order. An event that the
 * filters hide still has neighbours: the nearest shown events around it.
 */
export function findNeighbours(index: DatasetIndex, filtered: readonly TimelineEvent[], id: string): Neighbours {
  const target = index.positionById.get(id);
  if (target === undefined) return { previous: null, next: null, position: null };
  let low = 0;
  let high = filtered.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const midEvent = filtered[mid];
    if (midEvent && (index.positionById.get(midEvent.id) ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  const here = filtered[low]?.id === id;
  return {
    previous: filtered[low - 1] ?? null,
    next: filtered[here ? low + 1 : low] ?? null,
    position: here ? low + 1 : null,
  };
}
