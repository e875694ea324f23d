import type { FileWriter } from '../../domain/export/csv';
import type { TimelineEvent } from '../../domain/schema';

/** Saves a blob as a file through a temporary object URL. */
function save(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Time per slice of file-making: short enough that clicks and paints get through between slices. */
const SLICE_MS = 12;

/**
 * Makes a file from its pieces a slice at a time, yielding to the page between
 * slices, then saves it. A 100,000-event export takes seconds of work: done at
 * once, it would freeze the page for all of that time.
 */
export async function downloadParts(filename: string, parts: Iterable<string>, type: string): Promise<void> {
  // Each slice becomes a Blob at once (its text encoded then, not all at the end); the file
  // is made of those Blobs, which the browser joins without copying them again.
  const blobs: Blob[] = [];
  const iterator = parts[Symbol.iterator]();
  for (;;) {
    const until = performance.now() + SLICE_MS;
    const pieces: string[] = [];
    let next = iterator.next();
    while (!next.done) {
      pieces.push(next.value);
      if (performance.now() >= until) break;
      next = iterator.next();
    }
    blobs.push(new Blob(pieces));
    if (next.done) break;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  save(filename, new Blob(blobs, { type }));
}

/**
 * Writes a file batch by batch as the batches arrive (a large dataset's view, read from its engine),
 * each batch's text a Blob at once, then saves it. Returns false, saving nothing, when `signal` aborts.
 */
export async function downloadBatches(
  filename: string,
  type: string,
  writer: FileWriter,
  batches: AsyncIterable<readonly TimelineEvent[]>,
  signal: AbortSignal,
): Promise<boolean> {
  const blobs: Blob[] = [new Blob([writer.head])];
  for await (const batch of batches) {
    if (signal.aborted) return false;
    blobs.push(new Blob([...writer.rows(batch)]));
  }
  if (signal.aborted) return false;
  blobs.push(new Blob([writer.tail()]));
  save(filename, new Blob(blobs, { type }));
  return true;
}
