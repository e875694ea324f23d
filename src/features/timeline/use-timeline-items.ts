import { useMemo } from 'react';
import { findConflicts } from '../../domain/conflicts';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventView } from '../../state/derived';
import { type ItemSource, type TimelineItemSpec, toItemSpec } from './timeline-item';

/** Made once per event and kept while its dataset lives, so the adapter's diff sees unchanged items as unchanged. */
const specs = new WeakMap<object, TimelineItemSpec>();

/** The filtered events as the timeline reads them; specs are made only for the items drawn. */
export function useTimelineItems(): ItemSource {
  const index = useDatasetIndex();
  const view = useEventView();
  return useMemo(() => {
    const conflicts = findConflicts(index);
    return {
      length: view.length,
      longest: view.longest,
      start: view.start,
      end: view.end,
      type: view.type,
      find: view.indexOf,
      spec: (i) => {
        const event = view.events[i]!;
        let spec = specs.get(event);
        if (!spec) specs.set(event, (spec = toItemSpec(event, view.start(i), view.end(i), conflicts.has(event.id))));
        return spec;
      },
    };
  }, [index, view]);
}
