import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntlOffThread, type WorkerLike } from '../../src/app/intl-warm';

interface FakeWorker {
  onmessage: ((message: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  postMessage: ReturnType<typeof vi.fn>;
  terminate: ReturnType<typeof vi.fn>;
}

function fakeWorker(): FakeWorker & { start: () => WorkerLike } {
  const worker: FakeWorker = { onmessage: null, onerror: null, postMessage: vi.fn(), terminate: vi.fn() };
  return Object.assign(worker, { start: () => worker as unknown as WorkerLike });
}

afterEach(() => vi.useRealTimers());

describe('loading the locale data off the page thread', () => {
  it("asks the worker for the language's locales and resolves when it is done, then stops it", async () => {
    const worker = fakeWorker();
    const done = warmIntlOffThread('be', worker.start);
    expect(worker.postMessage).toHaveBeenCalledWith(['be', 'ru']);
    expect(worker.terminate).not.toHaveBeenCalled();
    worker.onmessage!(new MessageEvent('message', { data: 'ready' }));
    await done;
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('resolves when the worker fails', async () => {
    const worker = fakeWorker();
    const done = warmIntlOffThread('en', worker.start);
    worker.onerror!(new Event('error'));
    await expect(done).resolves.toBeUndefined();
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('does not wait for a worker that never answers', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    let settled = false;
    void warmIntlOffThread('ru', worker.start).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBe(true);
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('resolves at once where there are no workers', async () => {
    await expect(warmIntlOffThread('en', () => null)).resolves.toBeUndefined();
  });
});
