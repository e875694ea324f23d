import type { TimelineItemSpec } from './timeline-item';

/** A period whose events are too many to draw one by one at this zoom. */
export interface BucketSpec {
  id: string;
  start: number;
  end: number;
  count: number;
  /** Event types in this bucket, most frequent first, for the tooltip. */
  types: [string, number][];
}

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

export interface SortedSpecs {
  /** Sorted by start. */
  specs: readonly TimelineItemSpec[];
  /** The longest span (end - start) among them, to find ranges reaching into a window. */
  longest: number;
}

export function sortSpecs(specs: readonly TimelineItemSpec[]): SortedSpecs {
  const sorted = [...specs].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const spec of sorted) if (spec.end !== undefined) longest = Math.max(longest, spec.end - spec.start);
  return { specs: sorted, longest };
}

function lowerBound(specs: readonly TimelineItemSpec[], time: number): number {
  let low = 0;
  let high = specs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((specs[mid]?.start ?? 0) < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * What to draw for a window: only events near it, and dense periods folded into
 * counts. The work and the DOM grow with the screen, not with the dataset.
 */
export function aggregate(sorted: SortedSpecs, options: AggregateOptions): DisplayItem[] {
  const { windowStart, windowEnd, widthPx, bucketPx = 150, maxPerBucket = 3, keepId = null } = options;
  const span = Math.max(1, windowEnd - windowStart);
  const bucketMs = Math.max(1, (span * bucketPx) / Math.max(1, widthPx));
  // One window's width of margin either side, so a short pan shows ready items.
  const from = windowStart - span;
  const to = windowEnd + span;
  const first = lowerBound(sorted.specs, from - sorted.longest);
  const buckets = new Map<number, TimelineItemSpec[]>();
  const out: DisplayItem[] = [];
  for (let i = first; i < sorted.specs.length; i++) {
    const spec = sorted.specs[i]!;
    if (spec.start > to) break;
    if ((spec.end ?? spec.start) < from) continue;
    if (spec.id === keepId) {
      out.push({ kind: 'event', spec });
      continue;
    }
    const key = Math.floor(spec.start / bucketMs);
    const list = buckets.get(key);
    if (list) list.push(spec);
    else buckets.set(key, [spec]);
  }
  for (const [key, list] of buckets) {
    if (list.length <= maxPerBucket) {
      for (const spec of list) out.push({ kind: 'event', spec });
      continue;
    }
    const types = new Map<string, number>();
    for (const spec of list) types.set(spec.typeLabel, (types.get(spec.typeLabel) ?? 0) + 1);
    const start = key * bucketMs;
    out.push({
      kind: 'bucket',
      bucket: {
        id: `bucket-${Math.round(bucketMs)}-${key}`,
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
export function fitWindow(sorted: SortedSpecs): { start: number; end: number } | null {
  const first = sorted.specs[0];
  if (!first) return null;
  let end = first.start;
  for (const spec of sorted.specs) end = Math.max(end, spec.end ?? spec.start);
  const start = first.start;
  const pad = Math.max((end - start) * 0.04, 15 * 86_400_000);
  return { start: start - pad, end: end + pad };
}
