import type { WorkerResult } from './validate-worker';

/** Files larger than this take long enough to check that the page says it is checking them. */
const LARGE_FILE_BYTES = 8_000_000;

export function isLargeFile(text: string): boolean {
  return text.length > LARGE_FILE_BYTES && typeof Worker === 'function';
}

/**
 * Whether the response may be a file for the worker, judged from its headers: a
 * declared length over the limit, a compressed one over 1 MB, or no length at all.
 */
export function mayNeedWorker(response: Response): boolean {
  if (typeof Worker !== 'function') return false;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isNaN(length)) return true;
  const compressed = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return length > (compressed ? 1_000_000 : LARGE_FILE_BYTES);
}

export interface BackgroundCheck {
  /** A large file: its check takes seconds, and the page says so while it runs. */
  large: boolean;
  /**
   * Sends the text to the worker on the first call and resolves with the records
   * the full schema check rejects. Call it once the page has painted: on two cores
   * the check would otherwise compete with the first render.
   */
  run: () => Promise<WorkerResult>;
}

/**
 * A worker made ahead of need, while the file downloads: by the time the page
 * asks, its script is loaded and it starts at once (a busy page would delay
 * starting a new worker until it is idle).
 */
export class BackgroundWorker {
  private readonly worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });

  /** The file's bytes are moved to the worker when it runs: the page must not use them after. */
  check(bytes: ArrayBuffer, large: boolean): BackgroundCheck {
    const { worker } = this;
    let result: Promise<WorkerResult> | null = null;
    const run = () =>
      (result ??= new Promise<WorkerResult>((resolve) => {
        const finish = (value: WorkerResult) => {
          worker.terminate();
          resolve(value);
        };
        worker.onmessage = (message: MessageEvent<WorkerResult>) => finish(message.data);
        worker.onerror = () => finish({ skipped: [{ kind: 'event', record: 'the whole file', reason: 'the background check could not run' }] });
        worker.postMessage(bytes, [bytes]);
      }));
    return { large, run };
  }

  cancel(): void {
    this.worker.terminate();
  }
}
