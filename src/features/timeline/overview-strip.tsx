import { useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { formatRange, toIsoDay } from '../../domain/partial-date';
import type { ViewWindow } from '../../state/view-state';
import { fromViewWindow, toViewWindow } from '../../state/window-days';
import { eventAfter, eventBefore, nearestEvent, overviewDensity } from './overview-density';
import { useI18n } from '../../i18n/i18n';
import type { DensitySource } from '../../domain/partial-date';

const BINS = 240;
const HEIGHT = 28;

interface OverviewStripProps {
  /** The events in view; for a large dataset, its dates with their counts (the overview file). */
  items: DensitySource;
  window: ViewWindow | null;
  onJump: (window: ViewWindow) => void;
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/**
 * The whole extent of the events in view at a glance, however far the timeline is zoomed:
 * where events are (bars, taller where denser), and where the window is. Clicking jumps to the
 * events nearest the click; the arrow keys jump to the events before or after the window, Home
 * and End to the first and last.
 */
export function OverviewStrip({ items, window, onJump }: OverviewStripProps) {
  const { t, lang } = useI18n();
  const overview = useMemo(() => overviewDensity(items, BINS), [items]);
  if (!overview || !window) return null;
  const { start, end, counts } = overview;
  const shown = fromViewWindow(window);
  const span = shown.end - shown.start;
  const x = (time: number) => ((time - start) / (end - start)) * BINS;
  const most = Math.max(1, ...counts);
  // Square-root heights: a single event far from the rest stays visible beside a dense month.
  const height = (count: number) => (count === 0 ? 0 : 4 + (HEIGHT - 6) * Math.sqrt(count / most));

  // The event's start a third of the way into a window of the same span.
  const jumpTo = (at: number) => {
    if (at < 0) return;
    const time = items.start(at);
    onJump(toViewWindow(time - span / 3, time + (span * 2) / 3));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const time = start + ((event.clientX - box.left) / box.width) * (end - start);
    jumpTo(nearestEvent(items, time));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = {
      ArrowLeft: () => eventBefore(items, shown.start),
      ArrowDown: () => eventBefore(items, shown.start),
      ArrowRight: () => eventAfter(items, shown.end),
      ArrowUp: () => eventAfter(items, shown.end),
      Home: () => 0,
      End: () => items.length - 1,
    }[event.key];
    if (!target) return;
    event.preventDefault();
    jumpTo(target());
  };

  // One path for all the bars: a filter change updates one attribute, not a node per bar.
  let bars = '';
  counts.forEach((count, bin) => {
    if (count > 0) bars += `M${bin} ${HEIGHT}v${-height(count)}h1v${height(count)}z`;
  });
  const left = Math.max(0, Math.min(BINS, x(shown.start)));
  const right = Math.max(0, Math.min(BINS, x(shown.end)));
  return (
    <div className="overview px-3 pb-1">
      <div
        role="slider"
        tabIndex={0}
        aria-label={t('timeline.overview')}
        aria-valuemin={yearOf(start)}
        aria-valuemax={yearOf(end)}
        aria-valuenow={yearOf((shown.start + shown.end) / 2)}
        aria-valuetext={t('timeline.showing', { range: formatRange(window.from, toIsoDay(shown.end - 86_400_000), lang) })}
        className="overview-strip"
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      >
        <svg viewBox={`0 0 ${BINS} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <path className="overview-bar" d={bars} />
          <rect className="overview-window" x={Math.min(left, BINS - 2)} width={Math.max(2, right - left)} y={0} height={HEIGHT} />
        </svg>
      </div>
      <div className="flex justify-between text-xs text-muted" aria-hidden="true">
        <span>{yearOf(start)}</span>
        <span>{yearOf(end)}</span>
      </div>
    </div>
  );
}
