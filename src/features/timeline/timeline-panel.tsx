import { useCallback, useRef } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { TimelineEvent } from '../../domain/schema';
import { useSelectedEventId, useViewActions, useViewWindow } from '../../state/store-context';
import { OverviewStrip } from './overview-strip';
import { TimelineCanvas } from './timeline-canvas';
import type { TimelineAdapter } from './vis-adapter';
import { useTimelineItems } from './use-timeline-items';
import { toViewWindow, zoomWindow } from '../../state/window-days';

interface TimelinePanelProps {
  index: DatasetIndex;
  events: readonly TimelineEvent[];
}

export function TimelinePanel({ index, events }: TimelinePanelProps) {
  const items = useTimelineItems(index, events);
  const selectedId = useSelectedEventId();
  const window = useViewWindow();
  const { eventSelected, windowChanged } = useViewActions();
  const adapterRef = useRef<TimelineAdapter | null>(null);

  const zoom = useCallback(
    (factor: number) => {
      const live = adapterRef.current?.getWindow();
      if (live) windowChanged(zoomWindow(live.start, live.end, factor));
    },
    [windowChanged],
  );
  const fitAll = useCallback(() => {
    const all = adapterRef.current?.fitWindow();
    if (all) windowChanged(toViewWindow(all.start, all.end));
  }, [windowChanged]);
  const onSelect = useCallback((id: string | null) => eventSelected(id), [eventSelected]);

  return (
    <section aria-label="Timeline" className="relative flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2 px-3 py-1">
      <p className="hidden text-xs text-muted sm:block">
        <span className="legend-swatch" aria-hidden="true" /> date known only to the month or year ·{' '}
        <span className="tl-conflict-badge" aria-hidden="true">
          ≠
        </span>{' '}
        sources disagree
      </p>
      <div className="flex items-center justify-end gap-1" role="toolbar" aria-label="Zoom">
        <button type="button" className="btn-icon" onClick={() => zoom(0.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="btn-icon" onClick={() => zoom(2)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="btn-quiet" onClick={fitAll}>
          Fit all
        </button>
      </div>
      </div>
      <OverviewStrip items={items} window={window} onJump={windowChanged} />
      <div className="min-h-0 flex-1">
        <TimelineCanvas
          items={items}
          selectedId={selectedId}
          window={window}
          onSelect={onSelect}
          onWindowChange={windowChanged}
          adapterRef={adapterRef}
        />
      </div>
    </section>
  );
}
