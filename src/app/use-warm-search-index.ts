import { useEffect } from 'react';
import type { DatasetIndex } from '../domain/dataset-index';

/** Builds the search text once the first view is on screen, so the first search is as quick as the rest. */
export function useWarmSearchIndex(index: DatasetIndex) {
  useEffect(() => {
    const warm = () => void index.searchText();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(warm, 200);
    return () => clearTimeout(timer);
  }, [index]);
}
