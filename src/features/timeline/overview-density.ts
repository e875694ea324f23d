import type { DensitySource } from '../../domain/partial-date';
import { fitWindow } from './aggregate';
import { lowerBound } from './timeline-item';

export interface Overview {
  /** The whole extent of the events, with a little room at both ends. */
  start: number;
  end: number;
  /** Events per equal slice of the extent, in time order. */
  counts: Uint32Array;
}

/**
 * How many events start in each of `bins` equal slices of the whole extent: one binary search per
 * slice. Each placement is one event, or `weight(i)` events (a large dataset's dates, counted).
 */
export function overviewDensity(source: DensitySource, bins: number): Overview | null {
  const extent = fitWindow(source);
  if (!extent) return null;
  const { weight } = source;
  // Events before each placement, so a slice's count is one subtraction either way.
  let upTo = (i: number) => i;
  if (weight) {
    const sums = new Float64Array(source.length + 1);
    for (let i = 0; i < source.length; i++) sums[i + 1] = sums[i]! + weight(i);
    upTo = (i) => sums[i]!;
  }
  const counts = new Uint32Array(bins);
  const width = (extent.end - extent.start) / bins;
  let before = lowerBound(source, extent.start);
  for (let b = 0; b < bins; b++) {
    const next = b === bins - 1 ? source.length : lowerBound(source, extent.start + (b + 1) * width);
    counts[b] = upTo(next) - upTo(before);
    before = next;
  }
  return { start: extent.start, end: extent.end, counts };
}

/** The event nearest to `time`, by start, or -1 when there are none. */
export function nearestEvent(source: DensitySource, time: number): number {
  if (source.length === 0) return -1;
  const after = Math.min(source.length - 1, lowerBound(source, time));
  const before = Math.max(0, after - 1);
  return Math.abs(source.start(before) - time) <= Math.abs(source.start(after) - time) ? before : after;
}

/** The last event starting before `time`, or -1. */
export function eventBefore(source: DensitySource, time: number): number {
  return lowerBound(source, time) - 1;
}

/** The first event starting after `time`, or -1. */
export function eventAfter(source: DensitySource, time: number): number {
  const at = lowerBound(source, time + 1);
  return at < source.length ? at : -1;
}
