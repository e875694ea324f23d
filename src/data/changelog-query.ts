import { queryOptions } from '@tanstack/react-query';
import { changelogEntrySchema, type ChangelogEntry } from '../domain/changelog';

const CHANGELOG_PATH = 'data/changelog.json';
const TIMEOUT_MS = 20_000;

/** Why the list of changes cannot be shown; the dialog says it in the reader's language (`errors.changelog.<reason>`). */
export type ChangelogProblem = 'shape' | 'network' | 'none' | 'refused' | 'notJson';

export class ChangelogError extends Error {
  override name = 'ChangelogError';
  constructor(
    readonly reason: ChangelogProblem,
    readonly details: { status?: number } = {},
  ) {
    super(`changelog: ${reason}${details.status ? ` (${details.status})` : ''}`);
  }
}

/** Newest first. An entry that does not fit the format is left out rather than hiding the rest. */
export function parseChangelog(json: unknown): ChangelogEntry[] {
  if (!Array.isArray(json)) throw new ChangelogError('shape');
  return json
    .flatMap((raw) => {
      const result = changelogEntrySchema.safeParse(raw);
      return result.success ? [result.data] : [];
    })
    .reverse();
}

async function fetchChangelog(signal: AbortSignal): Promise<ChangelogEntry[]> {
  let response: Response;
  try {
    // Sent with `Cache-Control: no-cache` like the dataset (public/_headers), so it is never older than it.
    response = await fetch(new URL(CHANGELOG_PATH, document.baseURI), { signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]) });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ChangelogError('network');
  }
  if (response.status === 404) throw new ChangelogError('none');
  if (!response.ok) throw new ChangelogError('refused', { status: response.status });
  try {
    return parseChangelog(await response.json());
  } catch (error) {
    if (error instanceof ChangelogError) throw error;
    throw new ChangelogError('notJson');
  }
}

/** The published changelog (data/changelog.json), fetched when "What changed" first opens. */
export const changelogQueryOptions = queryOptions({
  queryKey: ['changelog'],
  queryFn: ({ signal }) => fetchChangelog(signal),
  staleTime: 5 * 60_000,
  retry: false,
  networkMode: 'always',
});
