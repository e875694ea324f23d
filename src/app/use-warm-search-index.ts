import { useEffect } from 'react';
import type { DatasetIndex } from '../domain/dataset-index';

/** Builds the search text once the first view is on screen, so the first search is as quick as the rest. */
export function useWarmSearchIndex(index: DatasetIndex) {
  useEffect(() => {
    let idle = 0;
    // Well after the first paint, and then only in idle time.
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => void index.searchText(), { timeout: 3000 });
      else void index.searchText();
    }, 1000);
    return () => {
      clearTimeout(timer);
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    };
  }, [index]);
}
