import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useLatest } from '../../components/use-latest';
import { useSelectedEventId, useViewActions, useViewWindow } from '../../state/store-context';
import type { ViewWindow } from '../../state/view-state';
import { sameWindow, toViewWindow, windowShowing } from '../../state/window-days';
import { defaultWindow, geometryOf } from './default-window';
import type { ItemSource } from './timeline-item';

/**
 * Without a window in the link, chooses the default one (default-window.ts) for the timeline's
 * size, keeping the open event in it, and puts it in the address bar: a link shared from here
 * opens the same view on any screen. Needs no timeline library: the list follows the same window.
 *
 * A hidden timeline (a phone's other tab) can only be sized by a guess. When it is first shown,
 * at its real size, the window is chosen again, unless the reader has moved it or filtered the
 * events meanwhile (a search made in the list keeps the list's window, as it does on a wide screen).
 */
export function useDefaultWindow(items: ItemSource, box: RefObject<HTMLElement | null>): void {
  const window = useViewWindow();
  const selectedId = useSelectedEventId();
  const { windowChanged } = useViewActions();
  const chosen = useRef<ViewWindow | null>(null);
  /** How many events the window was chosen among: filters only remove events, so the same count is the same events. */
  const chosenAmong = useRef(0);
  const latest = useLatest({ window, items, selectedId, windowChanged });

  const choose = (source: ItemSource, element: HTMLElement | null, selected: string | null): ViewWindow | null => {
    const best = defaultWindow(source, geometryOf(element));
    if (!best) return null;
    // An open event outside that stretch moves the window (same span) to it.
    const at = selected ? source.find(selected) : -1;
    return (at >= 0 ? windowShowing(best, source.start(at)) : null) ?? toViewWindow(best.start, best.end);
  };

  useLayoutEffect(() => {
    if (window !== null || items.length === 0) return;
    const next = choose(items, box.current, selectedId);
    if (!next) return;
    chosen.current = next;
    chosenAmong.current = items.length;
    windowChanged(next);
  }, [window, items, selectedId, windowChanged, box]);

  useEffect(() => {
    const element = box.current;
    if (!element || element.clientWidth > 0 || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === 0) return;
      observer.disconnect();
      const now = latest.current;
      if (chosen.current === null || !sameWindow(now.window, chosen.current)) return;
      if (now.items.length === 0 || now.items.length !== chosenAmong.current) return;
      const next = choose(now.items, element, now.selectedId);
      if (next && !sameWindow(next, now.window)) {
        chosen.current = next;
        now.windowChanged(next);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, latest]);
}
