import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { TimelineEvent } from '../../domain/schema';
import { findConflicts } from '../../domain/conflicts';
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
    const all = events === index.events;
    const positions = all ? null : positionsOf(index, events);
    const at = positions ? (i: number) => positions[i]! : (i: number) => i;
    const ids = all ? null : new Set(events.map((event) => event.id));
    return {
      length: events.length,
      longest: columns.longest,
      start: (i) => columns.start[at(i)]!,
      end: (i) => columns.end[at(i)]!,
      id: (i) => events[i]!.id,
      spec: (i) => {
        const position = at(i);
        const event = index.events[position]!;
        return (specs[position] ??= toItemSpec(event, conflicts.has(event.id)));
      },
      has: (id) => (ids ? ids.has(id) : index.eventsById.has(id)),
    };
  }, [index, events, specs]);
}
