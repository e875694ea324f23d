/// <reference lib="webworker" />
import { parseDatasetText } from './full-check';
import type { SkippedRecord } from './parse-dataset';

export interface WorkerResult {
  skipped: SkippedRecord[];
}

/** Checks every record of the file (its bytes, handed over without a copy) with the published schema, off the main thread, and reports what fails. */
self.onmessage = (message: MessageEvent<ArrayBuffer>) => {
  let result: WorkerResult;
  try {
    result = { skipped: parseDatasetText(new TextDecoder().decode(message.data)).skipped };
  } catch (error) {
    result = { skipped: [{ kind: 'event', record: 'the whole file', reason: (error as Error).message }] };
  }
  self.postMessage(result);
};
