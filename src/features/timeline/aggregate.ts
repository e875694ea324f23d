import type { EventType } from '../../domain/event-types';
import { extentOf, padRange, type Placements } from '../../domain/partial-date';
import { lowerBound, type ItemSource, type TimelineItemSpec } from './timeline-item';

/** A period whose events are too many to draw one by one at this zoom. */
export interface BucketSpec {
  id: string;
  start: number;
  end: number;
  count: number;
  /** Event types in this bucket, most frequent first, for the tooltip. */
  types: [EventType, number][];
}

/** The group of spans that began before the window and reach into it. */
const BEFORE = Number.NEGATIVE_INFINITY;

export type DisplayItem = { kind: 'event'; spec: TimelineItemSpec } | { kind: 'bucket'; bucket: BucketSpec };

export interface AggregateOptions {
  windowStart: number;
  windowEnd: number;
  widthPx: number;
  /** Roughly one item label's width: the time it spans becomes one bucket. */
  bucketPx?: number;
  /** More events than this in one bucket are drawn as a count. */
  maxPerBucket?: number;
  /** Always drawn as itself, so the selection stays visible. */
  keepId?: string | null;
}

/**
 * What to draw for a window: only events near it, and dense periods folded into
 * counts. The work and the DOM grow with the screen, not with the dataset.
 */
export function aggregate(source: ItemSource, options: AggregateOptions): DisplayItem[] {
  const { windowStart, windowEnd, widthPx, bucketPx = 150, maxPerBucket = 3, keepId = null } = options;
  const span = Math.max(1, windowEnd - windowStart);
  const bucketMs = Math.max(1, (span * bucketPx) / Math.max(1, widthPx));
  // One window's width of margin either side, so a short pan shows ready items.
  const from = windowStart - span;
  const to = windowEnd + span;
  // Start order is date order up to half a day (days are drawn at noon, spans from midnight): a day of slack.
  const first = lowerBound(source, from - source.longest - 86_400_000);
  const buckets = new Map<number, number[]>();
  const out: DisplayItem[] = [];
  const keep = keepId === null ? -1 : source.find(keepId);
  for (let i = first; i < source.length; i++) {
    const start = source.start(i);
    if (start > to) break;
    const end = source.end(i);
    if ((Number.isNaN(end) ? start : end) < from) continue;
    if (i === keep) {
      out.push({ kind: 'event', spec: source.spec(i) });
      continue;
    }
    // Spans that began before the window and reach into it are grouped apart, at the window's left
    // edge where the reader sees them, not where they began (off screen).
    const key = start < windowStart && !Number.isNaN(end) && end > windowStart ? BEFORE : Math.floor(start / bucketMs);
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  }
  for (const [key, list] of buckets) {
    if (list.length <= maxPerBucket) {
      for (const i of list) out.push({ kind: 'event', spec: source.spec(i) });
      continue;
    }
    const types = new Map<EventType, number>();
    for (const i of list) {
      const type = source.type(i);
      types.set(type, (types.get(type) ?? 0) + 1);
    }
    const start = key === BEFORE ? windowStart : key * bucketMs;
    out.push({
      kind: 'bucket',
      bucket: {
        id: key === BEFORE ? `bucket-${Math.round(bucketMs)}-before-${Math.round(windowStart)}` : `bucket-${Math.round(bucketMs)}-${key}`,
        start,
        end: start + bucketMs,
        count: list.length,
        types: [...types].sort((a, b) => b[1] - a[1]),
      },
    });
  }
  return out;
}

/** The window that shows every item, with a little room at both ends. */
export function fitWindow(source: Placements): { start: number; end: number } | null {
  const extent = extentOf(source);
  return extent && padRange(extent.start, extent.end);
}
