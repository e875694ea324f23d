import { useEffect } from 'react';
import { useDatasetIndex } from '../state/dataset-context';

/** Events folded per step: about 1–2 ms of work. */
const STEP = 500;

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
    let handle: number | undefined;
    let live = true;
    if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
      const requestIdle = w.requestIdleCallback.bind(w);
      const work = (deadline: { timeRemaining: () => number }) => {
        handle = undefined;
        while (live && deadline.timeRemaining() > 3 && !inputPending()) {
          if (index.warmSearch(STEP)) return;
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
      if (live && !index.warmSearch(STEP)) channel.port2.postMessage(null);
    };
    const timer = setTimeout(() => channel.port2.postMessage(null), 150);
    return () => {
      live = false;
      clearTimeout(timer);
      channel.port1.close();
    };
  }, [index]);
}
