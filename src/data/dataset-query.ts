import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../domain/dataset-index';
import { fetchDataset } from './fetch-dataset';
import type { SkippedRecord } from './parse-dataset';

export interface LoadedDataset {
  index: DatasetIndex;
  skipped: SkippedRecord[];
}

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: async ({ signal }): Promise<LoadedDataset> => {
    const { dataset, skipped } = await fetchDataset(signal);
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
