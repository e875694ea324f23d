import type { WorkerResult } from './validate-worker';

/** Files larger than this are shown after a quick check and fully checked in a worker. */
export const BACKGROUND_VALIDATION_BYTES = 8_000_000;

export function canValidateInBackground(text: string): boolean {
  return text.length > BACKGROUND_VALIDATION_BYTES && typeof Worker === 'function';
}

/** Starts the full schema check of the text in a worker; resolves with the records it rejects. */
export function validateInWorker(text: string): Promise<WorkerResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: WorkerResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (message: MessageEvent<WorkerResult>) => finish(message.data);
    worker.onerror = () => finish({ skipped: [{ kind: 'event', record: 'the whole file', reason: 'the background check could not run' }] });
    worker.postMessage(text);
  });
}
