import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { TimelineEvent } from '../../domain/schema';
import { toItemSpec, type TimelineItemSpec } from './timeline-item';

/** One spec object per event for the dataset's lifetime, so the adapter's diff sees unchanged items as unchanged. */
export function useTimelineItems(index: DatasetIndex, events: readonly TimelineEvent[]): TimelineItemSpec[] {
  const specs = useMemo(() => new Map(index.events.map((event) => [event.id, toItemSpec(event)])), [index]);
  return useMemo(() => events.map((event) => specs.get(event.id)).filter((spec) => spec !== undefined), [events, specs]);
}
