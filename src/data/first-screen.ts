/**
 * The Element Timing identifier of a line every first screen draws (the event list's intro): the
 * browser reports when that line was shown, which says when the first screen was shown.
 */
export const FIRST_SCREEN_ELEMENT = 'first-screen';

/** Where the browser cannot say (no Element Timing, or a page that never shows the line), at the latest this long after the frame. */
const AT_THE_LATEST_MS = 1000;

/**
 * Runs `then` once the first screen has been shown, and returns what cancels it (and what `then`
 * returned, if it returned something to cancel: a wait for an idle moment, say). A frame callback
 * and the task it posts run after the frame was drawn, but it may reach the screen later (seen at
 * 35 ms in Lighthouse's runs): Chromium reports that moment for elements marked with
 * `elementtiming`, so where it does, `then` waits for it; elsewhere the task after the frame is
 * taken for it, as before.
 */
export function whenFirstScreenShown(then: () => void | (() => void)): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelThen: (() => void) | undefined;
  let latest: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(latest);
    timer = setTimeout(() => {
      cancelThen = then() ?? undefined;
    }, 0);
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (typeof PerformanceObserver !== 'function' || !PerformanceObserver.supportedEntryTypes?.includes('element')) return run();
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => (entry as PerformanceEntry & { identifier?: string }).identifier === FIRST_SCREEN_ELEMENT)) run();
      });
      observer.observe({ type: 'element', buffered: true });
      latest = setTimeout(run, AT_THE_LATEST_MS);
    }, 0);
  });
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(latest);
    observer?.disconnect();
    cancelThen?.();
  };
}
