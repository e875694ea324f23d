import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_ELEMENT, whenFirstScreenShown } from './first-screen';

type Listener = (list: { getEntries: () => { identifier: string }[] }) => void;

/** A browser with Element Timing: the test says when an element has been shown. */
function elementTiming() {
  const listeners: Listener[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['element', 'largest-contentful-paint'];
    constructor(private readonly listener: Listener) {}
    observe() {
      listeners.push(this.listener);
    }
    disconnect() {
      listeners.splice(listeners.indexOf(this.listener), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { shown: (identifier: string) => [...listeners].forEach((listener) => listener({ getEntries: () => [{ identifier }] })) };
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

afterEach(() => vi.unstubAllGlobals());

describe('whenFirstScreenShown', () => {
  it('waits until the browser reports the first screen’s line shown, not just the frame drawn', async () => {
    const browser = elementTiming();
    const then = vi.fn();
    whenFirstScreenShown(then);
    await frames(3);
    browser.shown('some-other-element');
    await frames(1);
    expect(then).not.toHaveBeenCalled();
    browser.shown(FIRST_SCREEN_ELEMENT);
    await frames(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('goes on after a second where the line is never reported, and cancels what it started', async () => {
    elementTiming();
    const cancelIdle = vi.fn();
    const then = vi.fn(() => cancelIdle);
    const cancel = whenFirstScreenShown(then);
    await frames(2);
    expect(then).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 1050));
    expect(then).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelIdle).toHaveBeenCalled();
  });

  it('takes the task after the frame where the browser has no Element Timing', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const then = vi.fn();
    whenFirstScreenShown(then);
    await frames(3);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
