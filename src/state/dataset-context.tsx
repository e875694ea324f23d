import { createContext, useContext, type ReactNode } from 'react';
import type { DatasetIndex } from '../domain/dataset-index';

const IndexContext = createContext<DatasetIndex | null>(null);

/** The loaded dataset's index, for every feature below it: read with useDatasetIndex(), never passed down. */
export function DatasetIndexProvider({ index, children }: { index: DatasetIndex; children: ReactNode }) {
  return <IndexContext.Provider value={index}>{children}</IndexContext.Provider>;
}

export function useDatasetIndex(): DatasetIndex {
  const index = useContext(IndexContext);
  if (!index) throw new Error('useDatasetIndex needs a <DatasetIndexProvider> (the explorer provides it once the dataset is loaded)');
  return index;
}
