/**
 * In-page instrumentation for the app's production build, installed with
 * context.addInitScript before any of the page's own scripts run. The app is not
 * changed: everything is read from the DOM the user sees (status line, timeline).
 *
 * This function is serialised by Playwright: it must not reference anything
 * outside its body (type imports are fine, they are erased).
 */
import type { BootResult, OpResult, ProbeApi } from './types';

/**
 * tsx (esbuild, keepNames) wraps named functions in __name(...); functions that
 * Playwright serialises into the page need it defined there. Installed first.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export function installProbe(cfg: { expectedStatus: string }): void {
  const now = () => performance.now();
  /** Resolves inside the next animation frame's callbacks, i.e. before that frame is painted. */
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(now())));
  /** Resolves in the first task after the current one: after the frame being produced has been painted. */
  const afterTask = () => new Promise<number>((resolve) => setTimeout(() => resolve(now()), 0));
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  const statusText = (): string | null => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      const text = norm(el.textContent);
      if (text.startsWith('Showing')) return text;
    }
    return null;
  };
  const shownCount = (text: string | null): number | null => {
    const match = /^Showing ([\d,]+) of/.exec(text ?? '');
    return match ? Number(match[1]!.replace(/,/g, '')) : null;
  };
  const section = () => document.querySelector('section[aria-label="Timeline"]');
  const timelineRoot = () => section()?.querySelector<HTMLElement>('.vis-timeline') ?? null;
  const itemCount = () => section()?.querySelectorAll('.vis-item').length ?? 0;
  const axisText = () => {
    const s = section();
    return norm((s?.querySelector('.vis-time-axis.vis-foreground') ?? s?.querySelector('.vis-time-axis'))?.textContent);
  };

  // DOM changes inside the timeline section: a frame without any means the timeline has settled.
  let mutations = 0;
  let observed: Element | null = null;
  const observer = new MutationObserver((records) => {
    mutations += records.length;
  });
  const observe = () => {
    const s = section();
    if (!s || s === observed) return;
    observer.disconnect();
    observer.observe(s, { subtree: true, childList: true, attributes: true, characterData: true });
    observed = s;
  };

  /** After the frame painted at t1: wait frames while the timeline keeps changing; returns when its last change was painted. */
  async function settle(t1: number): Promise<{ settled: number; frames: number }> {
    let settled = t1;
    let seen = mutations;
    let frames = 0;
    while (frames < 600) {
      await nextFrame();
      const t = await afterTask();
      frames++;
      if (mutations === seen) break;
      seen = mutations;
      settled = t;
    }
    return { settled, frames };
  }

  // ---- first render ----
  const marks: Record<string, number> = {};
  const rendered = new Promise<BootResult>((resolve) => {
    const poll = async () => {
      for (;;) {
        const t = await nextFrame();
        const status = statusText();
        if (status !== null && marks.statusFirst === undefined) marks.statusFirst = t;
        if (status !== cfg.expectedStatus) continue;
        if (marks.statusShown === undefined) marks.statusShown = t;
        const root = timelineRoot();
        if (!root || root.style.visibility === 'hidden' || !root.querySelector('.vis-item')) continue;
        marks.detected = t;
        observe();
        break;
      }
      marks.rendered = await afterTask(); // the frame showing it has been painted
      const domNodes = document.getElementsByTagName('*').length;
      const items = itemCount();
      const { settled } = await settle(marks.rendered);
      marks.settled = settled;
      const data = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/data/events.json')) as
        PerformanceResourceTiming | undefined;
      if (data) {
        marks.dataRequested = data.requestStart;
        marks.dataReceived = data.responseEnd;
      }
      // The dataset's outline, which the app draws its first screen from where the dataset has one (then data/events.json follows).
      const outline = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/data/events.outline.json')) as
        PerformanceResourceTiming | undefined;
      if (outline && outline.responseStatus === 200) marks.outlineReceived = outline.responseEnd;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (fcp) marks.firstContentfulPaint = fcp.startTime;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (nav) marks.domContentLoaded = nav.domContentLoadedEventEnd;
      resolve({
        marks,
        domNodes,
        items,
        count: shownCount(statusText()),
        crossOriginIsolated: self.crossOriginIsolated,
        jsonBytes: data?.encodedBodySize,
      });
    };
    void poll();
  });

  // ---- interactions ----
  let generation = 0;
  type Armed = { trigger: string; armedAt: number; t0: number | null; listenerAt: number | null };
  let armed: Armed | null = null;
  const onInput = (event: Event) => {
    if (!armed || armed.t0 !== null || event.type !== armed.trigger) return;
    const t = now();
    // A trusted event's timeStamp is when the input arrived (same clock as performance.now()).
    armed.t0 = event.timeStamp >= armed.armedAt && event.timeStamp <= t ? event.timeStamp : t;
    armed.listenerAt = t;
  };
  window.addEventListener('click', onInput, true);
  window.addEventListener('input', onInput, true);

  type Start = { t0: number | null; listenerAt: number | null };
  async function time(gen: number, cond: () => boolean, input: Start, headlineIsSettled: boolean): Promise<OpResult> {
    for (;;) {
      await nextFrame();
      if (gen !== generation) throw new Error('superseded');
      if (input.t0 !== null && cond()) break;
    }
    const start = input.t0!;
    const t1 = await afterTask();
    const { settled, frames } = await settle(t1);
    const inputDelay = input.listenerAt === null ? undefined : input.listenerAt - start;
    return {
      ms: (headlineIsSettled ? settled : t1) - start,
      settledMs: settled - start,
      ...(inputDelay === undefined ? {} : { inputDelayMs: inputDelay }),
      count: shownCount(statusText()),
      items: itemCount(),
      frames,
      domNodes: document.getElementsByTagName('*').length,
    };
  }

  const api: ProbeApi = {
    rendered,
    pending: null,
    arm(trigger) {
      observe();
      const gen = ++generation;
      const before = statusText();
      const state: Armed = { trigger, armedAt: now(), t0: null, listenerAt: null };
      armed = state;
      api.pending = time(gen, () => statusText() !== before, state, false);
    },
    navigate(search) {
      observe();
      const gen = ++generation;
      armed = null;
      const before = axisText();
      api.pending = time(gen, () => axisText() !== before, { t0: now(), listenerAt: null }, true);
      history.pushState(null, '', search);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    },
  };
  (window as unknown as { __benchProbe: ProbeApi }).__benchProbe = api;
}
