import type { DatasetIndex } from './dataset-index';
import type { TimelineEvent } from './schema';

const cache = new WeakMap<readonly TimelineEvent[], Int32Array>();

/** Each event's position in the index, for reading the typed-array columns; computed once per list. */
export function positionsOf(index: DatasetIndex, events: readonly TimelineEvent[]): Int32Array {
  let positions = cache.get(events);
  if (!positions) {
    positions = events === index.events ? Int32Array.from({ length: events.length }, (_, i) => i) : Int32Array.from(events, (event) => index.positionById.get(event.id) ?? 0);
    cache.set(events, positions);
  }
  return positions;
}

/** Records positions already known (the filter computes them as it goes). */
export function rememberPositions(events: readonly TimelineEvent[], positions: Int32Array): void {
  cache.set(events, positions);
}
