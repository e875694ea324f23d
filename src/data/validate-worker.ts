/// <reference lib="webworker" />
import { actorSearchTexts, searchTextFolder } from '../domain/dataset-index';
import { parseDatasetText, type SkippedRecord } from './parse-dataset';

export interface WorkerResult {
  skipped: SkippedRecord[];
  /** Search text folded here, so the main thread need not: ids and texts, in step. */
  ids: string[];
  texts: string[];
}

/** Checks every record with the published schema, off the main thread, and folds the search text. */
self.onmessage = (message: MessageEvent<string>) => {
  let result: WorkerResult;
  try {
    const { dataset, skipped } = parseDatasetText(message.data);
    const fold = searchTextFolder(actorSearchTexts(dataset.actors));
    result = { skipped, ids: dataset.events.map((event) => event.id), texts: dataset.events.map(fold) };
  } catch (error) {
    result = { skipped: [{ kind: 'event', record: 'the whole file', reason: (error as Error).message }], ids: [], texts: [] };
  }
  self.postMessage(result);
};
