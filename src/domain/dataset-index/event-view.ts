import { EVENT_TYPE_IDS, type EventType } from '../event-types';
import type { Placements } from '../partial-date';
import type { TimelineEvent } from '../schema';
import type { Columns } from './columns';

export interface Neighbours {
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  /** 1-based place of the event among the view's events, or null when the view does not hold it. */
  position: number | null;
}

/**
 * The events that pass the filters, in date order, with both facets' counts,
 * read by position: what the timeline, the list, the chart, the panel and the
 * exports show. Made by `DatasetIndex.view`.
 */
export interface EventView extends Placements {
  readonly events: readonly TimelineEvent[];
  /** Per type, the events passing every other filter. */
  readonly typeCounts: ReadonlyMap<string, number>;
  /** Per actor, the events passing every other filter. */
  readonly actorCounts: ReadonlyMap<string, number>;
  /** Per corroboration level, the events passing every other filter. */
  readonly corroborationCounts: ReadonlyMap<string, number>;
  type(i: number): EventType;
  /** Where the event is in this view, or -1. */
  indexOf(id: string): number;
  /** The events that overlap [start, end] (milliseconds): what a time window shows. */
  within(start: number, end: number): readonly TimelineEvent[];
  /** Previous and next in this view; an event the view does not hold has the nearest ones around it. */
  neighbours(id: string): Neighbours;
}

interface Counts {
  typeCounts: ReadonlyMap<string, number>;
  actorCounts: ReadonlyMap<string, number>;
  corroborationCounts: ReadonlyMap<string, number>;
}

/**
 * A view over dataset positions (null: every event, position = place). The
 * positions are ascending, since both the dataset and the view are in date order.
 */
export function makeView(
  all: readonly TimelineEvent[],
  columns: Columns,
  /** Dataset position of each id; a getter, since only finding an event needs it. */
  positionsById: () => ReadonlyMap<string, number>,
  events: readonly TimelineEvent[],
  positions: Int32Array | null,
  counts: Counts,
): EventView {
  const at = positions ? (i: number) => positions[i]! : (i: number) => i;
  /** The first place whose dataset position is at or after `target`. */
  const placeOf = (target: number) => {
    if (!positions) return target;
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (positions[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  let lastWindow: { start: number; end: number; events: readonly TimelineEvent[] } | null = null;
  return {
    events,
    ...counts,
    length: events.length,
    longest: columns.longest,
    start: (i) => columns.start[at(i)]!,
    end: (i) => columns.end[at(i)]!,
    type: (i) => EVENT_TYPE_IDS[columns.typeCode[at(i)]!]!,
    indexOf(id) {
      const target = positionsById().get(id);
      if (target === undefined) return -1;
      const place = placeOf(target);
      return at(place) === target && place < events.length ? place : -1;
    },
    within(start, end) {
      if (lastWindow && lastWindow.start === start && lastWindow.end === end) return lastWindow.events;
      const inView: TimelineEvent[] = [];
      for (let i = 0; i < events.length; i++) {
        const p = at(i);
        const first = columns.start[p]!;
        const last = Number.isNaN(columns.end[p]!) ? first : columns.end[p]!;
        if (last >= start && first <= end) inView.push(events[i]!);
      }
      lastWindow = { start, end, events: inView };
      return inView;
    },
    neighbours(id) {
      const target = positionsById().get(id);
      if (target === undefined || all[target]?.id !== id) return { previous: null, next: null, position: null };
      const place = placeOf(target);
      const here = place < events.length && at(place) === target;
      return {
        previous: events[place - 1] ?? null,
        next: events[here ? place + 1 : place] ?? null,
        position: here ? place + 1 : null,
      };
    },
  };
}
