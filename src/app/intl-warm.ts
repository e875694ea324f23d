import { intlLocales, type Language } from '../domain/languages';

/** Past this, the page makes its formatters itself: a worker that never answers must not hold it. */
const WARM_TIMEOUT_MS = 1500;

export type WorkerLike = Pick<Worker, 'onmessage' | 'onerror' | 'postMessage' | 'terminate'>;

function startWorker(): WorkerLike | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./intl-warm-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Loads the engine's locale data for a language on a worker thread. The first number formatter a
 * page makes costs 40–80 ms on a slow phone (measured at 4× CPU throttling: one 200–370 ms task),
 * nearly all of it loading that data, which every thread of the page shares. Made on a worker, it
 * leaves the page's thread free while the dataset downloads. Resolves when the worker is done,
 * fails, or takes too long; never rejects. `start` is for tests.
 */
export function warmIntlOffThread(lang: Language, start: () => WorkerLike | null = startWorker): Promise<void> {
  const worker = start();
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve();
    };
    const timer = setTimeout(finish, WARM_TIMEOUT_MS);
    worker.onmessage = finish;
    worker.onerror = finish;
    worker.postMessage(intlLocales(lang));
  });
}
