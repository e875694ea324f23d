import { useEffect } from 'react';
import type { DatasetIndex } from '../domain/dataset-index';

/**
 * Builds the search text after the first paint, a slice at a time in idle
 * moments, so the first search is as quick as the rest and no frame is held up.
 */
export function useWarmSearchIndex(index: DatasetIndex) {
  useEffect(() => {
    let handle = 0;
    let cancelled = false;
    const idle = typeof requestIdleCallback === 'function';
    const step = (deadline?: IdleDeadline) => {
      if (cancelled) return;
      let done = false;
      do done = index.warmSearchText(1000);
      while (!done && deadline !== undefined && deadline.timeRemaining() > 8);
      if (!done) schedule();
    };
    const schedule = () => {
      handle = idle ? requestIdleCallback(step, { timeout: 500 }) : window.setTimeout(step, 16);
    };
    // Effects run after the first paint: start at once, in idle time only.
    const timer = window.setTimeout(schedule, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (idle) cancelIdleCallback(handle);
      else clearTimeout(handle);
    };
  }, [index]);
}
