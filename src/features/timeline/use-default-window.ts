import { useLayoutEffect, type RefObject } from 'react';
import { useSelectedEventId, useViewActions, useViewWindow } from '../../state/store-context';
import { toViewWindow } from '../../state/window-days';
import { defaultWindow, timelineGeometry } from './default-window';
import type { ItemSource } from './timeline-item';

/** The window moved, at the same span, so that `at` is in its middle, unless it already shows it. */
function keepInside(window: { start: number; end: number }, at: number): { start: number; end: number } {
  if (at >= window.start && at <= window.end) return window;
  const half = (window.end - window.start) / 2;
  return { start: at - half, end: at + half };
}

/**
 * Without a window in the link, chooses the default one (default-window.ts) for the timeline's
 * size, keeping the open event in it, and puts it in the address bar: a link shared from here
 * opens the same view on any screen. A hidden timeline (a phone's other tab) is sized as the
 * screen it will fill. Needs no timeline library: the list follows the same window.
 */
export function useDefaultWindow(items: ItemSource, box: RefObject<HTMLElement | null>): void {
  const window = useViewWindow();
  const selectedId = useSelectedEventId();
  const { windowChanged } = useViewActions();
  useLayoutEffect(() => {
    if (window !== null || items.length === 0) return;
    const element = box.current;
    const visible = !!element && element.clientWidth > 0;
    const width = visible ? element.clientWidth : globalThis.innerWidth || 1000;
    const height = visible ? element.clientHeight : (globalThis.innerHeight || 600) * 0.55;
    const chosen = defaultWindow(items, timelineGeometry(width, height));
    if (!chosen) return;
    const at = selectedId ? items.find(selectedId) : -1;
    const shown = at >= 0 ? keepInside(chosen, items.start(at)) : chosen;
    windowChanged(toViewWindow(shown.start, shown.end));
  }, [window, items, selectedId, windowChanged, box]);
}
