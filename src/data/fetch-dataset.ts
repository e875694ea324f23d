import { DatasetError } from './parse-dataset';

const DATASET_PATH = 'data/events.json';
const TIMEOUT_MS = 20_000;

function reasonForStatus(status: number): string {
  if (status === 404) return 'The dataset was not found on the server (404).';
  if (status >= 500) return `The server failed to send the dataset (${status}).`;
  return `The server refused the dataset request (${status}).`;
}

export interface DatasetDownload {
  text: string;
  /** The bytes the text was decoded from, to hand to a worker without a copy. */
  bytes: ArrayBuffer;
}

/**
 * Fetches the dataset relative to the page, with a time limit so a stalled
 * network never spins forever. `onHeaders` sees the response before its body arrives.
 */
export async function fetchDataset(signal?: AbortSignal, onHeaders?: (response: Response) => void): Promise<DatasetDownload> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    // No cache option: index.html preloads this same request, and hosts send the file with
    // `Cache-Control: no-cache` (public/_headers), so a new dataset is never missed.
    response = await fetch(new URL(DATASET_PATH, document.baseURI), { signal: combined });
  } catch (error) {
    if (timeout.aborted) throw new DatasetError('The dataset took too long to arrive (over 20 seconds).');
    if (signal?.aborted) throw error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new DatasetError(offline ? 'You appear to be offline.' : 'The dataset could not be downloaded (network error).');
  }
  if (!response.ok) throw new DatasetError(reasonForStatus(response.status));
  onHeaders?.(response);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    throw new DatasetError(timeout.aborted ? 'The dataset took too long to arrive (over 20 seconds).' : 'The download of the dataset was interrupted.');
  }
  // As response.text() decodes: UTF-8, a byte order mark dropped, bad bytes replaced.
  const text = new TextDecoder().decode(bytes);
  performance.mark('dataset:fetched');
  return { text, bytes };
}
