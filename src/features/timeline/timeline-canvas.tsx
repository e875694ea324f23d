import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ViewWindow } from '../../state/view-state';
import type { ItemSource } from './timeline-item';
import type { BucketSpec } from './aggregate';
import { TimelineAdapter } from './vis-adapter';
import { useLatest } from '../../components/use-latest';
import { fromViewWindow, sameWindow, toViewWindow } from '../../state/window-days';

const NO_PERIODS: readonly BucketSpec[] = [];

export interface TimelineCanvasProps {
  items: ItemSource;
  /** Periods counted by a large dataset's engine, drawn as counts. */
  periods?: readonly BucketSpec[];
  selectedId: string | null;
  window: ViewWindow | null;
  onSelect: (id: string | null) => void;
  onWindowChange: (window: ViewWindow) => void;
  /** Lets the parent read the live window, for the zoom buttons. */
  adapterRef?: React.MutableRefObject<TimelineAdapter | null>;
}

type Ref<T> = React.MutableRefObject<T>;

/**
 * Creates the Timeline and returns what destroys it. Outside the component on purpose: the adapter's
 * callbacks and the cleanup live as long as the page, and a closure made inside a render keeps every
 * variable of that render its sibling closures use (V8 shares one context among them), so the first
 * render's items, and the first index's data they reach, would stay alive (bench/PROFILE.md, "The
 * rest of the outline's memory"). These reach only the refs.
 */
function mountAdapter(
  container: HTMLElement,
  callbacks: Ref<Pick<TimelineCanvasProps, 'onSelect' | 'onWindowChange'>>,
  reported: Ref<ViewWindow | null>,
  adapter: Ref<TimelineAdapter | null>,
  adapterRef: Ref<TimelineAdapter | null> | undefined,
): () => void {
  const instance = new TimelineAdapter(container, {
    onSelect: (id) => callbacks.current.onSelect(id),
    onUserRangeChange: (start, end) => {
      const next = toViewWindow(start, end);
      reported.current = next;
      callbacks.current.onWindowChange(next);
    },
    onBucket: (start, end) => {
      const pad = (end - start) * 0.1;
      callbacks.current.onWindowChange(toViewWindow(start - pad, end + pad));
    },
  });
  adapter.current = instance;
  if (adapterRef) adapterRef.current = instance;
  return () => {
    instance.destroy();
    adapter.current = null;
    if (adapterRef) adapterRef.current = null;
    reported.current = null;
  };
}

/**
 * Wraps the imperative Timeline: created once, patched by one effect per
 * concern, destroyed on unmount (StrictMode's double mount included).
 */
export function TimelineCanvas({
  items,
  periods = NO_PERIODS,
  selectedId,
  window,
  onSelect,
  onWindowChange,
  adapterRef,
}: TimelineCanvasProps) {
  const { lang } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const adapter = useRef<TimelineAdapter | null>(null);
  const callbacks = useLatest({ onSelect, onWindowChange });
  /** The last window this component reported to the store: echoing it back must not move the view. */
  const reported = useRef<ViewWindow | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    return mountAdapter(container, callbacks, reported, adapter, adapterRef);
  }, [callbacks, adapterRef]);

  // Before the items: they are drawn in the language the axis speaks.
  useEffect(() => {
    adapter.current?.setLanguage(lang);
  }, [lang]);

  useEffect(() => {
    adapter.current?.setItems(items);
  }, [items]);

  useEffect(() => {
    adapter.current?.setPeriods(periods);
  }, [periods]);

  // setItems re-applies the selection itself, so this runs only when the selection changes.
  useEffect(() => {
    adapter.current?.setSelection(selectedId);
  }, [selectedId]);

  useEffect(() => {
    const instance = adapter.current;
    if (!instance) return;
    // No window yet: the panel is choosing the default one (use-default-window.ts).
    if (window === null) return;
    if (sameWindow(window, reported.current)) return;
    const { start, end } = fromViewWindow(window);
    instance.setWindow(start, end);
    reported.current = window;
  }, [window]);

  return <div ref={containerRef} className="timeline-canvas h-full w-full" />;
}
