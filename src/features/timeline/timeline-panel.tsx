import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import type { EventType } from '../../domain/event-types';
import { useLargeView } from '../../state/large-view';
import type { BucketSpec } from './aggregate';
import { useSelectedEventId, useViewActions, useViewWindow } from '../../state/store-context';
import { fitWindow } from './aggregate';
import { OverviewStrip } from './overview-strip';
import type { TimelineAdapter } from './vis-adapter';
import { useDefaultWindow } from './use-default-window';
import { useTimelineItems } from './use-timeline-items';
import { fromViewWindow, toViewWindow, zoomWindow } from '../../state/window-days';
import { useI18n } from '../../i18n/i18n';
import { WIDE_SCREEN } from '../../components/use-media-query';
import { useLatest } from '../../components/use-latest';

// The timeline library is most of the app's script: it loads beside the first screen, not before
// it, and on a phone only once the Timeline tab is opened. On a wide screen, where the timeline is
// part of the first screen, it starts loading with the page, beside the dataset.
let canvasModule: Promise<typeof import('./timeline-canvas')> | null = null;
const loadCanvas = () => (canvasModule ??= import('./timeline-canvas'));
if (typeof matchMedia === 'function' && matchMedia(WIDE_SCREEN).matches) void loadCanvas();
const TimelineCanvas = lazy(() => loadCanvas().then((module) => ({ default: module.TimelineCanvas })));

interface TimelinePanelProps {
  /** Whether the timeline is on screen (a phone shows one view at a time). */
  shown: boolean;
}

export function TimelinePanel({ shown }: TimelinePanelProps) {
  const { t } = useI18n();
  const items = useTimelineItems();
  const large = useLargeView();
  const periods = useMemo(
    () =>
      large?.periods.map((period): BucketSpec => ({
        ...period,
        id: `period-${period.before ? 'before-' : ''}${period.start}-${period.end}`,
        types: period.types as [EventType, number][],
      })),
    [large?.periods],
  );
  const selectedId = useSelectedEventId();
  const window = useViewWindow();
  const { eventSelected, windowChanged } = useViewActions();
  const adapterRef = useRef<TimelineAdapter | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // Once drawn, the timeline stays: switching tabs back keeps its state.
  const [drawn, setDrawn] = useState(shown);
  if (shown && !drawn) setDrawn(true);
  useDefaultWindow(items, boxRef);

  const zoom = useCallback(
    (factor: number) => {
      const live = adapterRef.current?.getWindow() ?? (window ? fromViewWindow(window) : null);
      if (live) windowChanged(zoomWindow(live.start, live.end, factor));
    },
    [windowChanged, window],
  );
  // Through a ref, not a closure over `items`: a callback kept from an earlier render (zoom's, until the
  // window changes) shares that render's closures' context, and would keep its items alive, the first
  // screen's drawn from the outline among them (src/data/use-full-dataset.ts).
  const latestItems = useLatest(items);
  const fitAll = useCallback(() => {
    const all = large ? large.extent : fitWindow(latestItems.current);
    if (all) windowChanged(toViewWindow(all.start, all.end));
  }, [windowChanged, latestItems, large]);
  const onSelect = useCallback((id: string | null) => eventSelected(id), [eventSelected]);

  return (
    <section aria-label={t('timeline.label')} className="relative flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2 px-3 py-1">
        <p className="hidden text-xs text-muted sm:block">
          <span className="legend-swatch" aria-hidden="true" /> {t('timeline.legendApproximate')} ·{' '}
          <span className="tl-conflict-badge" aria-hidden="true">
            ≠
          </span>{' '}
          {t('timeline.legendConflict')}
        </p>
        <div className="flex items-center justify-end gap-1" role="toolbar" aria-label={t('timeline.zoom')}>
          <button type="button" className="btn-icon" onClick={() => zoom(0.5)} aria-label={t('timeline.zoomIn')}>
            +
          </button>
          <button type="button" className="btn-icon" onClick={() => zoom(2)} aria-label={t('timeline.zoomOut')}>
            −
          </button>
          <button type="button" className="btn-quiet" onClick={fitAll}>
            {t('timeline.fitAll')}
          </button>
        </div>
      </div>
      <OverviewStrip items={large?.density ?? items} window={window} onJump={windowChanged} />
      <div ref={boxRef} className="min-h-0 flex-1">
        {drawn && (
          <Suspense fallback={<p className="p-3 text-sm text-muted">{t('timeline.loading')}</p>}>
            <TimelineCanvas
              items={items}
              periods={periods}
              selectedId={selectedId}
              window={window}
              onSelect={onSelect}
              onWindowChange={windowChanged}
              adapterRef={adapterRef}
            />
          </Suspense>
        )}
      </div>
    </section>
  );
}
