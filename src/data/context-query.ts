import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContextFile } from '../domain/published-files';

const TIMEOUT_MS = 20_000;

/** Why a quote's context cannot be shown; the panel says it in the reader's language (`errors.context.<reason>`). */
export type ContextProblem = 'network' | 'notFound' | 'otherVersion' | 'damaged' | 'shape';

export class ContextError extends Error {
  override name = 'ContextError';
  /** `details`: the HTTP status, or for `shape` where in the file (`where`) and, in English, what is wrong (`problem`). */
  constructor(
    readonly reason: ContextProblem,
    readonly details: { status?: number; where?: string; problem?: string } = {},
  ) {
    super(`context: ${reason}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
  }
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
        throw new ContextError('network');
      }
      if (!response.ok) throw new ContextError('notFound', { status: response.status });
      const { parseContextFile } = await import('./context-check');
      const context = parseContextFile(await response.text());
      if (context.version !== version) throw new ContextError('otherVersion');
      return context;
    },
    staleTime: Infinity,
    retry: false,
  });

/** The context file named by the dataset, once `enabled` (the first "Show in context"). */
export function useContextFile(file: string | undefined, version: string, enabled: boolean) {
  return useQuery({ ...contextQueryOptions(file ?? '', version), enabled: enabled && file !== undefined });
}
