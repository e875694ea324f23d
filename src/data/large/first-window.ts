/**
 * What the large form's screen asks of the engine: the first window (when the link names none) and
 * the slice request for a window.
 */
import { parsePartialDate, startOf } from '../../domain/partial-date';
import type { ViewWindow } from '../../state/view-state';
import { fromViewWindow } from '../../state/window-days';
import type { LargeFilters } from './queries';
import type { LargeSource, SliceRequest } from './large-source';

const DAY = 86_400_000;
/** More events than this in a window (and its margins) are counted by period instead of drawn. */
const DRAW_LIMIT = 3000;
/** How many periods a window too full to draw is counted in. */
const PERIODS = 40;
/** The first window holds about this many events (its days from the overview's counts), ending at the last day with events. */
const FIRST_EVENTS = 40;
const MAX_FIRST_DAYS = 60;

/**
 * The first window, from the overview: the last days with events, as many as hold about FIRST_EVENTS
 * (at least one day, at most MAX_FIRST_DAYS), so the first screen shows events, not counts.
 */
export function firstWindow(source: LargeSource): { start: number; days: number } | null {
  const { dates, counts } = source.overview.counts;
  let last: number | null = null;
  let seen = 0;
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = parsePartialDate(dates[i]!);
    if (date?.precision !== 'day') continue;
    const day = startOf(date);
    last ??= day;
    seen += counts[i]!.reduce((sum, n) => sum + n, 0);
    const days = Math.round((last - day) / DAY) + 1;
    if (seen >= FIRST_EVENTS || days >= MAX_FIRST_DAYS) return { start: day, days };
  }
  return last === null ? null : { start: last, days: 1 };
}

/** What the screen asks for a window under the filters. */
export function sliceRequest(window: ViewWindow, filters: LargeFilters, selectedId: string | null): SliceRequest {
  const { start, end } = fromViewWindow(window);
  return { start, end, filters, selectedId, limit: DRAW_LIMIT, periods: PERIODS };
}
