import { CORE_FILE, OUTLINE_FILE } from '../domain/published-files';
import { DatasetError, type DatasetProblem } from './parse-dataset';

export const DATASET_PATH = `data/${CORE_FILE}`;
/** The first screen's file (src/domain/published-files.ts), read before DATASET_PATH. */
export const OUTLINE_PATH = `data/${OUTLINE_FILE}`;
const TIMEOUT_MS = 20_000;

function reasonForStatus(status: number): DatasetProblem {
  if (status === 404) return 'notFound';
  if (status >= 500) return 'serverFailed';
  return 'refused';
}

export interface DatasetDownload {
  text: string;
  /** The bytes the text was decoded from, to hand to a worker without a copy. */
  bytes: ArrayBuffer;
}

/**
 * Fetches the dataset (or its outline: `path`) relative to the page, with a time limit so a stalled
 * network never spins forever. `onHeaders` sees the response before its body arrives.
 */
export async function fetchDataset(
  signal?: AbortSignal,
  onHeaders?: (response: Response) => void,
  path: string = DATASET_PATH,
): Promise<DatasetDownload> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    // No cache option: index.html preloads the outline's same request, and hosts send the files with
    // `Cache-Control: no-cache` (public/_headers), so a new dataset is never missed.
    response = await fetch(new URL(path, document.baseURI), { signal: combined });
  } catch (error) {
    if (timeout.aborted) throw new DatasetError('tooSlow', { seconds: TIMEOUT_MS / 1000 });
    if (signal?.aborted) throw error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new DatasetError(offline ? 'offline' : 'network');
  }
  if (!response.ok) throw new DatasetError(reasonForStatus(response.status), { status: response.status });
  onHeaders?.(response);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    throw timeout.aborted ? new DatasetError('tooSlow', { seconds: TIMEOUT_MS / 1000 }) : new DatasetError('interrupted');
  }
  // As response.text() decodes: UTF-8, a byte order mark dropped, bad bytes replaced.
  const text = new TextDecoder().decode(bytes);
  performance.mark(path === DATASET_PATH ? 'dataset:fetched' : 'outline:fetched');
  return { text, bytes };
}
