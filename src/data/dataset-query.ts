import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../domain/dataset-index';
import { BackgroundWorker, isLargeFile, mayNeedWorker, type BackgroundCheck } from './background-validation';
import { fetchDataset, type DatasetDownload } from './fetch-dataset';
import { checkRecordsInSlices, DatasetError, parseJson, type SkippedRecord } from './parse-dataset';
import { quickActor, quickEvent } from './quick-check';
import { NO_FILTERS } from '../domain/filters';
import { readLargeManifest } from '../domain/large-form';
import type { LargeSource } from './large/large-source';

export interface LoadedDataset {
  index: DatasetIndex;
  skipped: SkippedRecord[];
  /** Set while the file is still to be checked record by record in a worker. */
  validation?: BackgroundCheck;
  /** A large dataset (its events.json is a manifest): its events come from the engine a window at a time. */
  large?: LargeSource;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: async ({ signal }): Promise<LoadedDataset> => {
    // A large file's worker starts while the file downloads (see BackgroundWorker).
    const early: { worker?: BackgroundWorker } = {};
    let download: DatasetDownload;
    try {
      download = await fetchDataset(signal, (response) => {
        if (mayNeedWorker(response)) early.worker = new BackgroundWorker();
      });
    } catch (error) {
      early.worker?.cancel();
      throw error;
    }
    const { text, bytes } = download;
    if (typeof Worker !== 'function') {
      // No workers (old browsers, jsdom): the full schema check runs here, loaded on demand.
      const { parseDatasetText } = await import('./full-check');
      const { dataset, skipped } = parseDatasetText(text);
      return { index: buildIndex(dataset), skipped };
    }
    // Shown after a structural check of what drawing and filtering rely on; the worker checks every
    // record against the schema after the first paint, so neither the schema library nor its check
    // is on the way to the first screen. Records it rejects are then dropped and reported.
    const worker = early.worker ?? new BackgroundWorker();
    try {
      // Each step in its own task, and the check in slices of a few milliseconds: on a slow phone
      // no single task holds the page for long (decoding, parsing and checking were one of 50 ms).
      await nextTask();
      const json = parseJson(text);
      const manifest = readLargeManifestOrFail(json);
      if (manifest) {
        worker.cancel();
        const { loadLarge } = await import('./large/load-large');
        return await loadLarge(manifest, signal);
      }
      await nextTask();
      const { dataset, skipped } = await checkRecordsInSlices(json, { actor: quickActor, event: quickEvent }, nextTask);
      await nextTask();
      const index = buildIndex(dataset);
      await nextTask();
      // The columns every view is counted from, built here rather than inside the first render.
      index.view(NO_FILTERS);
      performance.mark('dataset:indexed');
      return { index, skipped, validation: worker.check(bytes, isLargeFile(text)) };
    } catch (error) {
      worker.cancel(); // not JSON or the wrong shape: the message says so, nothing to check
      throw error;
    }
  },
  staleTime: Infinity,
  retry: false,
  // Try even when the browser says it is offline: a clear error beats a paused, endless spinner.
  // Once back online, the failed query is stale and refetches by itself (refetchOnReconnect).
  networkMode: 'always',
});

function readLargeManifestOrFail(json: unknown) {
  try {
    return readLargeManifest(json);
  } catch (error) {
    throw new DatasetError('manifest', { problem: (error as Error).message });
  }
}

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
