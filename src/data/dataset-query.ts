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
    return { index: buildIndex(dataset), skipped };
  },
  staleTime: Infinity,
  retry: false,
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
