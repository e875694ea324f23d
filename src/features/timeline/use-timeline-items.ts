import { useMemo } from 'react';
import { findConflicts } from '../../domain/conflicts';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventView } from '../../state/derived';
import { itemSourceOf, type ItemSource } from './timeline-item';

/** The filtered events as the timeline reads them. */
export function useTimelineItems(): ItemSource {
  const index = useDatasetIndex();
  const view = useEventView();
  return useMemo(() => itemSourceOf(view, findConflicts(index)), [index, view]);
}
