import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { TimelineEvent } from '../../domain/schema';
import { findConflicts } from '../../domain/conflicts';
import { EVENT_TYPE_IDS } from '../../domain/event-types';
import { facetColumns } from '../../domain/facet-columns';
import { positionsOf } from '../../domain/positions';
import { timeColumns } from '../../domain/time-columns';
import { toItemSpec, type ItemSource, type TimelineItemSpec } from './timeline-item';

/**
 * An ItemSource over the filtered events. Spec objects are cached per event for
 * the dataset's lifetime, so the adapter's diff sees unchanged items as unchanged.
 */
export function useTimelineItems(index: DatasetIndex, events: readonly TimelineEvent[]): ItemSource {
  const specs = useMemo(() => new Array<TimelineItemSpec | undefined>(index.events.length), [index]);
  return useMemo(() => {
    const columns = timeColumns(index);
    const conflicts = findConflicts(index);
    const facets = facetColumns(index);
    const all = events === index.events;
    const positions = all ? null : positionsOf(index, events);
    const at = positions ? (i: number) => positions[i]! : (i: number) => i;
    // Where an event is, by binary search over the (ascending) positions: no per-filter map of ids.
    const find = (id: string) => {
      const target = index.positionById.get(id);
      if (target === undefined) return -1;
      if (!positions) return target;
      let low = 0;
      let high = positions.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (positions[mid]! < target) low = mid + 1;
        else high = mid;
      }
      return positions[low] === target ? low : -1;
    };
    return {
      length: events.length,
      longest: columns.longest,
      start: (i) => columns.start[at(i)]!,
      end: (i) => columns.end[at(i)]!,
      type: (i) => EVENT_TYPE_IDS[facets.typeCode[at(i)]!]!,
      spec: (i) => {
        const position = at(i);
        const event = index.events[position]!;
        return (specs[position] ??= toItemSpec(event, conflicts.has(event.id)));
      },
      find,
    };
  }, [index, events, specs]);
}
