import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContextFile } from '../domain/published-files';

const TIMEOUT_MS = 20_000;

/** Why a quote's context cannot be shown; the panel says it in these words. */
export class ContextError extends Error {
  override name = 'ContextError';
}

/**
 * The quote anchors and document facts published beside the dataset (data/context.json), fetched the
 * first time a reader opens "Show in context" and kept for the session. The file is checked against the
 * published schema, loaded on demand, so neither reaches the first screen.
 */
export const contextQueryOptions = (file: string, version: string) =>
  queryOptions({
    queryKey: ['quote-context', file, version],
    queryFn: async ({ signal }): Promise<ContextFile> => {
      let response: Response;
      try {
        response = await fetch(new URL(`data/${file}`, document.baseURI), { signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]) });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new ContextError('The quote’s context could not be downloaded (network error or timeout).');
      }
      if (!response.ok) throw new ContextError(`The quote’s context was not found on the server (${response.status}).`);
      const { parseContextFile } = await import('./context-check');
      const context = parseContextFile(await response.text());
      if (context.version !== version) throw new ContextError('The quote’s context belongs to another version of the dataset.');
      return context;
    },
    staleTime: Infinity,
    retry: false,
  });

/** The context file named by the dataset, once `enabled` (the first "Show in context"). */
export function useContextFile(file: string | undefined, version: string, enabled: boolean) {
  return useQuery({ ...contextQueryOptions(file ?? '', version), enabled: enabled && file !== undefined });
}
