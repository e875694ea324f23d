import { useEffect } from 'react';
import { useDatasetIndex } from '../state/dataset-context';

/**
 * Events folded per step: the first steps fold 100 (a few milliseconds on a slow phone, so no
 * step is a long task); each step that takes under 2 ms doubles the next, up to 4,000, so a large
 * dataset's search text is made of a few hundred chunks rather than thousands.
 */
const FIRST_STEP = 100;
const MAX_STEP = 4000;

function stepper(warm: (count: number) => boolean) {
  let count = FIRST_STEP;
  return (): boolean => {
    const started = performance.now();
    const done = warm(count);
    if (performance.now() - started < 2) count = Math.min(MAX_STEP, count * 2);
    return done;
  };
}

type IdleWindow = Window & {
  requestIdleCallback?: (callback: (deadline: { timeRemaining: () => number }) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};
type Scheduling = { scheduling?: { isInputPending?: () => boolean } };

/**
 * Builds the search text after the first paint, only while the page is idle, so
 * the first search is as quick as the rest and no click or key ever waits for it:
 * each idle period folds a few steps and stops early when input is waiting. (At
 * 100,000 events the whole text takes about 0.25 s of work.) Browsers without
 * idle callbacks get one step per task.
 */
export function useWarmSearchIndex() {
  const index = useDatasetIndex();
  useEffect(() => {
    const w = window as IdleWindow;
    const inputPending = () => (navigator as Navigator & Scheduling).scheduling?.isInputPending?.() === true;
    const step = stepper((count) => index.warmSearch(count));
    let handle: number | undefined;
    let live = true;
    if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
      const requestIdle = w.requestIdleCallback.bind(w);
      const work = (deadline: { timeRemaining: () => number }) => {
        handle = undefined;
        while (live && deadline.timeRemaining() > 3 && !inputPending()) {
          if (step()) return;
        }
        if (live) handle = requestIdle(work);
      };
      handle = requestIdle(work);
      return () => {
        live = false;
        if (handle !== undefined) w.cancelIdleCallback!(handle);
      };
    }
    // A MessageChannel posts a task without the 4 ms clamp nested timers get.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (live && !step()) channel.port2.postMessage(null);
    };
    const timer = setTimeout(() => channel.port2.postMessage(null), 150);
    return () => {
      live = false;
      clearTimeout(timer);
      channel.port1.close();
    };
  }, [index]);
}
