import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { datasetQueryOptions, loadFullDataset, type LoadedDataset } from './dataset-query';
import { useRetryWhenOnline } from './use-retry-when-online';

export interface FullDatasetState {
  /** Why events.json could not be read, while the outline stays on screen. */
  error: unknown;
  retry: () => void;
  retrying: boolean;
}

/**
 * Once the first screen drawn from the outline has been painted, reads events.json and puts it in the
 * outline's place: the same view (window, filters and selection live in the store), now with the
 * summaries, quotes and notes. Not before the paint: on a slow phone its bytes would share the line
 * with the first screen's. A failure leaves the outline on screen and says so (`error`, `retry`);
 * it tries again by itself when the browser comes back online.
 */
export function useFullDataset(data: LoadedDataset): FullDatasetState | null {
  const queryClient = useQueryClient();
  const outline = data.outline === true;
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!outline || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame's paint; the task it posts runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [outline, painted]);
  const full = useQuery({
    queryKey: ['dataset', 'full'],
    // The outline is read from the cache when asked, not held by this function (the query keeps it).
    queryFn: ({ signal }) => loadFullDataset(signal, queryClient.getQueryData(datasetQueryOptions.queryKey)?.index),
    enabled: outline && painted,
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
  useEffect(() => {
    if (!full.data) return;
    const loaded = full.data;
    queryClient.setQueryData(datasetQueryOptions.queryKey, (current) => (current?.outline ? loaded : current));
  }, [full.data, queryClient]);
  useRetryWhenOnline(full.isError, full.refetch);
  if (!outline || !full.isError) return null;
  return { error: full.error, retry: () => void full.refetch(), retrying: full.isFetching };
}
