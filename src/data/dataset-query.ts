import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../domain/dataset-index';
import { BackgroundWorker, canValidateInBackground, mayNeedWorker, type BackgroundCheck } from './background-validation';
import { fetchDataset, type DatasetDownload } from './fetch-dataset';
import { checkRecords, parseDatasetText, parseJson, type SkippedRecord } from './parse-dataset';
import { quickActor, quickEvent } from './quick-check';

export interface LoadedDataset {
  index: DatasetIndex;
  skipped: SkippedRecord[];
  /** Set while a very large file is still to be checked record by record in a worker. */
  validation?: BackgroundCheck;
}

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
    if (canValidateInBackground(text)) {
      // The worker checks every record with the schema after the first paint, while this
      // thread shows the data after a quick structural check: the schema check is off the wait.
      const worker = early.worker ?? new BackgroundWorker();
      try {
        const { dataset, skipped } = checkRecords(parseJson(text), { actor: quickActor, event: quickEvent });
        const index = buildIndex(dataset);
        performance.mark('dataset:indexed');
        return { index, skipped, validation: worker.check(bytes) };
      } catch (error) {
        worker.cancel(); // not JSON or the wrong shape: the message says so, nothing to check
        throw error;
      }
    }
    early.worker?.cancel();
    const { dataset, skipped } = parseDatasetText(text);
    const index = buildIndex(dataset);
    performance.mark('dataset:indexed');
    return { index, skipped };
  },
  staleTime: Infinity,
  retry: false,
  // Try even when the browser says it is offline: a clear error beats a paused, endless spinner.
  // Once back online, the failed query is stale and refetches by itself (refetchOnReconnect).
  networkMode: 'always',
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
