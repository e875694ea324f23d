import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../domain/dataset-index';
import type { TimelineEvent } from '../domain/schema';
import { BackgroundWorker, isLargeFile, mayNeedWorker, type BackgroundCheck } from './background-validation';
import { fetchDataset, OUTLINE_PATH, type DatasetDownload } from './fetch-dataset';
import { checkRecordsInSlices, DatasetError, parseJson, type SkippedRecord } from './parse-dataset';
import { quickActor, quickEvent, quickOutlineEvent } from './quick-check';
import { NO_FILTERS } from '../domain/filters';
import { readLargeManifest, type LargeManifest } from '../domain/large-form';
import { parseView } from '../state/url-codec';
import type { LargeSource } from './large/large-source';

export interface LoadedDataset {
  index: DatasetIndex;
  skipped: SkippedRecord[];
  /** Set while the file is still to be checked record by record in a worker. */
  validation?: BackgroundCheck;
  /** A large dataset (its events.json is a manifest): its events come from the engine a window at a time. */
  large?: LargeSource;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The first screen's data: the outline when the dataset has one (a quarter of events.json's bytes, so a
 * phone draws sooner), else events.json itself. An outline that is missing (older files, the large form)
 * or unusable is passed over for events.json, whose errors are the ones the reader sees.
 */
export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: async ({ signal }): Promise<LoadedDataset> => (outlineFirst() && (await loadOutline(signal))) || loadFullDataset(signal),
  staleTime: Infinity,
  retry: false,
  // Try even when the browser says it is offline: a clear error beats a paused, endless spinner.
  // Once back online, the failed query is stale and refetches by itself (refetchOnReconnect).
  networkMode: 'always',
});

/**
 * A link with a search reads events.json alone: the outline has no summaries nor quotes to search, and
 * would show fewer results, then more. (A link to an event opens its panel once events.json is in,
 * about when it would have without the outline, and shows the list around it sooner.)
 */
function outlineFirst(): boolean {
  return typeof window === 'undefined' || !parseView(window.location.search).state.q;
}

async function loadOutline(signal: AbortSignal): Promise<LoadedDataset | null> {
  const passOver = (error: unknown) => {
    if (signal.aborted) throw error;
    return null;
  };
  let json: unknown;
  try {
    const { text } = await fetchDataset(signal, undefined, OUTLINE_PATH);
    await nextTask();
    json = parseJson(text);
    performance.mark('outline:parsed');
  } catch (error) {
    return passOver(error);
  }
  // The large form publishes its manifest under this name too: one request says which form this is.
  let manifest: LargeManifest | null;
  try {
    manifest = readLargeManifest(json);
  } catch (error) {
    return passOver(error); // events.json says what is wrong with it
  }
  if (manifest) return loadLarge(manifest, signal);
  try {
    await nextTask();
    const { dataset, skipped } = await checkRecordsInSlices(json, { actor: quickActor, event: quickOutlineEvent }, nextTask);
    performance.mark('outline:checked');
    if (dataset.events.length === 0) return null;
    await nextTask();
    const index = buildIndex(dataset, { outline: true });
    await nextTask();
    index.view(NO_FILTERS);
    performance.mark('outline:indexed');
    // index.outline: events.json is read once the first screen is shown (useFullDataset) and replaces it.
    return { index, skipped };
  } catch (error) {
    return passOver(error);
  }
}

/**
 * The outline's event objects completed in place with the whole records' fields. The first screen's
 * components keep closures of their first render for the page's life (a mount effect's cleanup, a
 * callback whose inputs never change), and with them what that render held: the outline's events.
 * Completed, those are the dataset's own events rather than a second copy of them (at 100,000 events
 * the copy was about 95 MB).
 */
function completeOutline(outline: DatasetIndex | undefined, events: TimelineEvent[]): TimelineEvent[] {
  if (!outline?.outline) return events;
  return events.map((event) => {
    const drawn = outline.event(event.id) as Record<string, unknown> | undefined;
    if (!drawn) return event;
    for (const key of Object.keys(drawn)) if (!(key in event)) delete drawn[key];
    return Object.assign(drawn, event) as TimelineEvent;
  });
}

/**
 * events.json: checked, indexed, and its worker's full check under way (the whole dataset). `outline`:
 * the index it replaces, whose event objects it completes (completeOutline).
 */
export async function loadFullDataset(signal: AbortSignal, outline?: DatasetIndex): Promise<LoadedDataset> {
  // A large file's worker starts while the file downloads (see BackgroundWorker).
  const early: { worker?: BackgroundWorker } = {};
  let download: DatasetDownload;
  try {
    download = await fetchDataset(signal, (response) => {
      if (mayNeedWorker(response)) early.worker = new BackgroundWorker();
    });
  } catch (error) {
    early.worker?.cancel();
    throw error;
  }
  const { text, bytes } = download;
  if (typeof Worker !== 'function') {
    // No workers (old browsers, jsdom): the full schema check runs here, loaded on demand.
    const { parseDatasetText } = await import('./full-check');
    const { dataset, skipped } = parseDatasetText(text);
    return { index: buildIndex({ ...dataset, events: completeOutline(outline, dataset.events) }), skipped };
  }
  // Shown after a structural check of what drawing and filtering rely on; the worker checks every
  // record against the schema after the first paint, so neither the schema library nor its check
  // is on the way to the first screen. Records it rejects are then dropped and reported.
  const worker = early.worker ?? new BackgroundWorker();
  try {
    // Each step in its own task, and the check in slices of a few milliseconds: on a slow phone
    // no single task holds the page for long (decoding, parsing and checking were one of 50 ms).
    await nextTask();
    const json = parseJson(text);
    performance.mark('dataset:parsed');
    const manifest = readLargeManifestOrFail(json);
    if (manifest) {
      worker.cancel();
      return await loadLarge(manifest, signal);
    }
    await nextTask();
    const { dataset, skipped } = await checkRecordsInSlices(json, { actor: quickActor, event: quickEvent }, nextTask);
    performance.mark('dataset:checked');
    await nextTask();
    const index = buildIndex({ ...dataset, events: completeOutline(outline, dataset.events) });
    await nextTask();
    // The columns every view is counted from, built here rather than inside the first render.
    index.view(NO_FILTERS);
    performance.mark('dataset:indexed');
    return { index, skipped, validation: worker.check(bytes, isLargeFile(text)) };
  } catch (error) {
    worker.cancel(); // not JSON or the wrong shape: the message says so, nothing to check
    throw error;
  }
}

/** The large form's reader, in its own chunk: a small dataset never downloads it. */
async function loadLarge(manifest: LargeManifest, signal: AbortSignal): Promise<LoadedDataset> {
  const { loadLarge: load } = await import('./large/load-large');
  return load(manifest, signal);
}

function readLargeManifestOrFail(json: unknown) {
  try {
    return readLargeManifest(json);
  } catch (error) {
    throw new DatasetError('manifest', { problem: (error as Error).message });
  }
}

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
