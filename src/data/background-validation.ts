import type { SkippedRecord } from './parse-dataset';

/** Files larger than this are shown after a quick check and fully checked in a worker. */
export const BACKGROUND_VALIDATION_BYTES = 8_000_000;

export function canValidateInBackground(text: string): boolean {
  return text.length > BACKGROUND_VALIDATION_BYTES && typeof Worker === 'function';
}

/** Starts the full schema check of the text in a worker; resolves with the records it rejects. */
export function validateInWorker(text: string): Promise<SkippedRecord[]> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    const finish = (skipped: SkippedRecord[]) => {
      worker.terminate();
      resolve(skipped);
    };
    worker.onmessage = (message: MessageEvent<SkippedRecord[]>) => finish(message.data);
    worker.onerror = () => finish([{ kind: 'event', record: 'the whole file', reason: 'the background check could not run' }]);
    worker.postMessage(text);
  });
}
