type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `work` once the page is idle, within `timeout` ms at most (a browser without idle
 * callbacks: after `fallbackMs`). For fetching a lazy chunk before the reader asks for it,
 * without competing with the first screen. Returns what cancels it.
 */
export function whenIdle(work: () => void, timeout = 5000, fallbackMs = 3000): () => void {
  const w = window as IdleWindow;
  if (w.requestIdleCallback) {
    const handle = w.requestIdleCallback(work, { timeout });
    return () => w.cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(work, fallbackMs);
  return () => clearTimeout(timer);
}
