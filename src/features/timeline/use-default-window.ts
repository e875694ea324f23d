import { useLayoutEffect, type RefObject } from 'react';
import { useSelectedEventId, useViewActions, useViewWindow } from '../../state/store-context';
import { toViewWindow, windowShowing } from '../../state/window-days';
import { defaultWindow, geometryOf } from './default-window';
import type { ItemSource } from './timeline-item';

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
    const chosen = defaultWindow(items, geometryOf(box.current));
    if (!chosen) return;
    // An open event outside that stretch moves the window (same span) to it.
    const at = selectedId ? items.find(selectedId) : -1;
    windowChanged((at >= 0 ? windowShowing(chosen, items.start(at)) : null) ?? toViewWindow(chosen.start, chosen.end));
  }, [window, items, selectedId, windowChanged, box]);
}
