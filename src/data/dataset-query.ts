import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../domain/dataset-index';
import { canValidateInBackground, validateInWorker } from './background-validation';
import { fetchDatasetText } from './fetch-dataset';
import { checkRecords, parseDatasetText, parseJson, type SkippedRecord } from './parse-dataset';
import { quickActor, quickEvent } from './quick-check';
import type { WorkerResult } from './validate-worker';

export interface LoadedDataset {
  index: DatasetIndex;
  skipped: SkippedRecord[];
  /** Set while a very large file is still being checked record by record in a worker. */
  validation?: Promise<WorkerResult>;
}

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: async ({ signal }): Promise<LoadedDataset> => {
    const text = await fetchDatasetText(signal);
    if (canValidateInBackground(text)) {
      // The worker checks every record with the schema while this thread shows the data
      // after a quick structural check: on two cores that takes the schema check off the wait.
      const validation = validateInWorker(text);
      const { dataset, skipped } = checkRecords(parseJson(text), { actor: quickActor, event: quickEvent });
      const index = buildIndex(dataset);
      performance.mark('dataset:indexed');
      return { index, skipped, validation };
    }
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
