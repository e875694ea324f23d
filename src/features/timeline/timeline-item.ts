import { EVENT_TYPES } from '../../domain/event-types';
import { endOf, parsePartialDate, startOf, formatRange } from '../../domain/partial-date';
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
  dateLabel: string;
  type: TimelineEvent['type'];
}

const HALF_DAY = 43_200_000;

export function toItemSpec(event: TimelineEvent): TimelineItemSpec {
  const date = parsePartialDate(event.date);
  const end = event.endDate ? parsePartialDate(event.endDate) : null;
  const meta = EVENT_TYPES[event.type];
  const approximate = date !== null && date.precision !== 'day';
  const dayStart = date ? startOf(date) : 0;
  // A day is drawn at its middle, so its marker sits inside the day's column on the axis, not on the line before it.
  const start = date && !approximate && !end ? dayStart + HALF_DAY : dayStart;
  // Month- or year-precise events are drawn across the whole period, never as the 1st.
  const spanEnd = end ? endOf(end) : approximate && date ? endOf(date) : undefined;
  return {
    id: event.id,
    start,
    end: spanEnd,
    approximate,
    title: event.title,
    typeLabel: meta.label,
    marker: meta.marker,
    color: meta.color,
    dateLabel: formatRange(event.date, event.endDate),
    type: event.type,
  };
}
