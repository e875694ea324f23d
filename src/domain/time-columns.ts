import type { DatasetIndex } from './dataset-index';
import type { TimelineEvent } from './schema';

const DAY = 86_400_000;
const HALF_DAY = DAY / 2;

/**
 * Where each event sits in time, as typed arrays by position in the index:
 * built once per dataset with plain string slicing (the dates are already
 * validated), so nothing per event is allocated to place it.
 */
export interface TimeColumns {
  /** Drawing position: the middle of a day, or the start of a month, year or span. */
  start: Float64Array;
  /** Exclusive end of a month, year or span; NaN for a single day. */
  end: Float64Array;
  /** The longest span, to find spans that reach into a window from before it. */
  longest: number;
}

function bounds(date: string): [number, number] {
  const year = Number(date.slice(0, 4));
  if (date.length === 4) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  const month = Number(date.slice(5, 7)) - 1;
  if (date.length === 7) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
  const start = Date.UTC(year, month, Number(date.slice(8, 10)));
  return [start, start + DAY];
}

export function placeEvent(event: Pick<TimelineEvent, 'date' | 'endDate'>): { start: number; end: number } {
  const [first, firstEnd] = bounds(event.date);
  if (event.endDate) return { start: first, end: bounds(event.endDate)[1] };
  if (event.date.length === 10) return { start: first + HALF_DAY, end: Number.NaN };
  return { start: first, end: firstEnd };
}

const cache = new WeakMap<DatasetIndex, TimeColumns>();

export function timeColumns(index: DatasetIndex): TimeColumns {
  const cached = cache.get(index);
  if (cached) return cached;
  const n = index.events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const placed = placeEvent(index.events[i]!);
    start[i] = placed.start;
    end[i] = placed.end;
    if (placed.end - placed.start > longest) longest = placed.end - placed.start;
  }
  const columns = { start, end, longest };
  cache.set(index, columns);
  return columns;
}

/** The range that shows every event, with a little room at both ends; shared by the timeline and the chart. */
export function padRange(start: number, end: number): { start: number; end: number } {
  const pad = Math.max((end - start) * 0.04, 15 * DAY);
  return { start: start - pad, end: end + pad };
}
