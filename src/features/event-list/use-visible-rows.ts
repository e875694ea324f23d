import { useCallback, useRef, useSyncExternalStore, type RefObject } from 'react';

interface Rows {
  count: number;
  rowHeight: number;
  overscan: number;
  scrollRef: RefObject<HTMLElement | null>;
}

/**
 * Which rows of a list of equal-height rows are in its scrolling element's view, plus `overscan`
 * rows either side: the list draws only these. With one row height this is arithmetic (a
 * measuring virtualiser cost the first screen about 9 KB gzipped). The scroll position is an
 * outside store: the list re-renders, in the same frame, only when the range of rows changes.
 */
export function useVisibleRows({ count, rowHeight, overscan, scrollRef }: Rows) {
  // Read from the element only in its scroll and resize callbacks, where its layout is fresh:
  // reading it while React renders would force the whole page's layout each time.
  const viewport = useRef({ top: 0, height: 0 });
  const subscribe = useCallback(
    (changed: () => void) => {
      const element = scrollRef.current;
      if (!element) return () => {};
      const measure = () => {
        viewport.current = { top: element.scrollTop, height: element.clientHeight };
        changed();
      };
      element.addEventListener('scroll', measure, { passive: true });
      // Its first call, once the list is laid out, gives the height the first rows need.
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      return () => {
        element.removeEventListener('scroll', measure);
        observer.disconnect();
      };
    },
    [scrollRef],
  );
  // "first:end" (end exclusive), a string so that an unchanged range is an unchanged snapshot.
  const range = useSyncExternalStore(subscribe, () => {
    const { top, height } = viewport.current;
    // No height, no rows (a list not laid out yet, or hidden).
    if (height <= 0 || count === 0) return '0:0';
    const first = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan));
    const end = Math.min(count, Math.ceil((top + height) / rowHeight) + overscan);
    return `${first}:${end}`;
  });

  /** Scrolls as little as needed for the row to be wholly in view (nothing when it already is). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
    },
    [scrollRef, rowHeight],
  );

  const [first, end] = range.split(':').map(Number) as [number, number];
  const rows: { index: number; start: number }[] = [];
  for (let index = first; index < end; index++) rows.push({ index, start: index * rowHeight });
  return { rows, totalHeight: count * rowHeight, scrollToIndex };
}
