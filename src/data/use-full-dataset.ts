import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { datasetQueryOptions, loadFullDataset, type LoadedDataset } from './dataset-query';
import { whenFirstScreenShown } from './first-screen';
import { useRetryWhenOnline } from './use-retry-when-online';

export interface FullDatasetState {
  /** Why events.json could not be read, while the outline stays on screen. */
  error: unknown;
  retry: () => void;
  retrying: boolean;
}

interface Attempt {
  count: number;
  /** The last attempt's failure, kept on screen while the next one runs. */
  error?: unknown;
  failed: boolean;
}

/**
 * Once the first screen drawn from the outline has been shown (whenFirstScreenShown), reads events.json and puts it in the
 * outline's place: the same view (window, filters and selection live in the store), now with the
 * summaries, quotes and notes. Not before the paint: on a slow phone its bytes would share the line
 * with the first screen's. A failure leaves the outline on screen and says so (`error`, `retry`);
 * it tries again by itself when the browser comes back online. The whole dataset goes straight into
 * the dataset query's place: no second cache entry keeps a copy of it.
 */
export function useFullDataset(data: LoadedDataset): FullDatasetState | null {
  const queryClient = useQueryClient();
  const outline = data.index.outline;
  const [attempt, setAttempt] = useState<Attempt>({ count: 0, failed: false });
  const count = attempt.count;
  useEffect(() => {
    if (!outline) return;
    const controller = new AbortController();
    const cancel = whenFirstScreenShown(() => {
      // The outline is read from the cache when asked, not held by a closure (completeOutline).
      const shown = queryClient.getQueryData(datasetQueryOptions.queryKey)?.index;
      loadFullDataset(controller.signal, shown).then(
        (loaded) => queryClient.setQueryData(datasetQueryOptions.queryKey, (current) => (current?.index.outline ? loaded : current)),
        (error: unknown) => {
          if (!controller.signal.aborted) setAttempt((now) => (now.count === count ? { count, error, failed: true } : now));
        },
      );
    });
    return () => {
      controller.abort();
      cancel();
    };
  }, [outline, count, queryClient]);
  const retry = useCallback(() => setAttempt((now) => ({ count: now.count + 1, error: now.error, failed: false })), []);
  useRetryWhenOnline(outline && attempt.failed, retry);
  if (!outline || attempt.error === undefined) return null;
  return { error: attempt.error, retry, retrying: !attempt.failed };
}
