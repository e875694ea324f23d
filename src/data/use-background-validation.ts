import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { buildIndex } from '../domain/dataset-index';
import { datasetQueryOptions, type LoadedDataset } from './dataset-query';
import type { SkippedRecord } from './parse-dataset';

function withoutRejected(data: LoadedDataset, rejected: SkippedRecord[]): LoadedDataset {
  const events = new Set(rejected.filter((r) => r.kind === 'event' && r.id).map((r) => r.id));
  const actors = new Set(rejected.filter((r) => r.kind === 'actor' && r.id).map((r) => r.id));
  // The schema's own reason replaces the quick check's for a record both refused.
  const reasons = new Map(rejected.map((r) => [r.record, r]));
  const already = new Set(data.skipped.map((s) => s.record));
  const skipped = [...data.skipped.map((s) => reasons.get(s.record) ?? s), ...rejected.filter((r) => !already.has(r.record))];
  if (events.size === 0 && actors.size === 0) return { index: data.index, skipped };
  const dataset = {
    version: data.index.version,
    parts: data.index.parts,
    actors: data.index.actors.filter((actor) => !actors.has(actor.id)),
    events: data.index.events.filter((event) => !events.has(event.id) && !event.actors.some((id) => actors.has(id))),
  };
  return { index: buildIndex(dataset), skipped };
}

/** When the worker's full check of a large file ends, drops what it rejected and reports why. */
export function useBackgroundValidation(data: LoadedDataset | undefined) {
  const queryClient = useQueryClient();
  const validation = data?.validation;
  useEffect(() => {
    if (!validation) return;
    let live = true;
    // After the first paint: the frame callback runs before it, the task it posts after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        void validation.run().then(({ skipped: rejected }) => {
          if (!live) return;
          queryClient.setQueryData(datasetQueryOptions.queryKey, (current) =>
            current && current.validation === validation ? withoutRejected(current, rejected) : current,
          );
        });
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [validation, queryClient]);
}
