/// <reference lib="webworker" />
import { parseDatasetText, type SkippedRecord } from './parse-dataset';

/** Checks every record with the published schema, off the main thread, and reports what fails. */
self.onmessage = (message: MessageEvent<string>) => {
  let skipped: SkippedRecord[];
  try {
    skipped = parseDatasetText(message.data).skipped;
  } catch (error) {
    skipped = [{ kind: 'event', record: 'the whole file', reason: (error as Error).message }];
  }
  self.postMessage(skipped);
};
