import { EVENT_TYPES } from '../../domain/event-types';
import { placeEvent } from '../../domain/time-columns';
import type { TimelineEvent } from '../../domain/schema';

/** What the adapter needs to draw one event; plain data, no vis-timeline types. */
export interface TimelineItemSpec {
  id: string;
  start: number;
  /** Set for events known only to the month or year, and for spans. */
  end?: number;
  approximate: boolean;
  title: string;
  typeLabel: string;
  marker: string;
  color: string;
  date: string;
  endDate?: string;
  type: TimelineEvent['type'];
  /** Another source gives a different value for the same figure at about the same time. */
  conflict: boolean;
}

export function toItemSpec(event: TimelineEvent, conflict = false): TimelineItemSpec {
  const meta = EVENT_TYPES[event.type];
  const { start, end } = placeEvent(event);
  return {
    id: event.id,
    start,
    end: Number.isNaN(end) ? undefined : end,
    approximate: event.date.length < 10,
    title: event.title,
    typeLabel: meta.label,
    marker: meta.marker,
    color: meta.color,
    date: event.date,
    endDate: event.endDate,
    type: event.type,
    conflict,
  };
}

/**
 * The events the timeline may draw (those passing the filters), in start
 * order, read by position. Specs are made only for the few items drawn.
 */
export interface ItemSource {
  readonly length: number;
  /** The longest span, to find spans that reach into a window from before it. */
  readonly longest: number;
  start(i: number): number;
  /** NaN for a single-day event. */
  end(i: number): number;
  /** The event's type, without making its spec. */
  type(i: number): TimelineEvent['type'];
  spec(i: number): TimelineItemSpec;
  /** Where the event is in this source, or -1 (not among the events drawn). */
  find(id: string): number;
}

/** The first position whose start is at or after `time` (the source is in start order). */
export function lowerBound(source: ItemSource, time: number): number {
  let low = 0;
  let high = source.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (source.start(mid) < time) low = mid + 1;
    else high = mid;
  }
  return low;
}
