import { queryOptions } from '@tanstack/react-query';
import { changelogEntrySchema, type ChangelogEntry } from '../domain/changelog';

const CHANGELOG_PATH = 'data/changelog.json';
const TIMEOUT_MS = 20_000;

export class ChangelogError extends Error {
  override name = 'ChangelogError';
}

/** Newest first. An entry that does not fit the format is left out rather than hiding the rest. */
export function parseChangelog(json: unknown): ChangelogEntry[] {
  if (!Array.isArray(json)) throw new ChangelogError('The list of changes does not have the expected shape.');
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
    throw new ChangelogError('The list of changes could not be downloaded.');
  }
  if (response.status === 404) throw new ChangelogError('This site publishes no list of changes.');
  if (!response.ok) throw new ChangelogError(`The server refused the list of changes (${response.status}).`);
  try {
    return parseChangelog(await response.json());
  } catch (error) {
    if (error instanceof ChangelogError) throw error;
    throw new ChangelogError('The list of changes is not valid JSON.');
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
