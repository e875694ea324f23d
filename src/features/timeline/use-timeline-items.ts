import { useMemo } from 'react';
import { findConflicts } from '../../domain/conflicts';
import { useI18n } from '../../i18n/i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventView } from '../../state/derived';
import { itemSourceOf, type ItemSource } from './timeline-item';

/** The filtered events as the timeline reads them. */
export function useTimelineItems(): ItemSource {
  const { lang } = useI18n();
  const index = useDatasetIndex();
  const view = useEventView();
  return useMemo(() => itemSourceOf(view, findConflicts(index), lang), [index, view, lang]);
}
