import { fitWindow } from './aggregate';
import { lowerBound, type ItemSource } from './timeline-item';

const DAY = 86_400_000;

/** Window lengths tried, from the timeline's closest zoom to four years. */
const SPANS_DAYS = [2, 4, 7, 14, 30, 61, 91, 182, 365, 730, 1461];
/** How far back from the latest event a window may end: "recent". */
const RECENT_MS = 730 * DAY;
/** Window positions tried per span: its end moves back a quarter of the span at a time. */
const STEP = 0.25;
/** An item this close to the left-hand edge is not counted as readable (its marker may be cut). */
const EDGE = 0.02;

/** What the timeline draws: buckets of `bucketPx` pixels, each drawn one by one up to `perBucket` events. */
export interface Geometry {
  widthPx: number;
  bucketPx: number;
  perBucket: number;
}

/** One row of items, and the time axis above them, in pixels. */
const ROW_PX = 34;
const AXIS_PX = 60;

/**
 * How a timeline of this size folds its items. A bucket is about one label wide (labels are
 * narrower on phones, see styles.css). On a wide screen a bucket holds about half the rows that
 * fit, since neighbours share the rows; on a phone, with two or three buckets across, as many
 * as there are rows below the axis (the timeline scrolls vertically when they do not fit).
 */
export function timelineGeometry(widthPx: number, heightPx: number): Geometry {
  const phone = widthPx < 640;
  const perBucket = phone ? Math.max(0, heightPx - AXIS_PX) / ROW_PX : heightPx / ROW_PX / 2;
  return { widthPx, bucketPx: phone ? 130 : 220, perBucket: Math.max(3, Math.floor(perBucket)) };
}

/**
 * How many events the window [start, end) draws one by one, well inside its edges: the timeline
 * cuts time into buckets of `bucketPx` pixels (aligned as in `aggregate`), and a bucket with more
 * than `perBucket` events is drawn as a count.
 */
export function readableCount(source: ItemSource, start: number, end: number, geometry: Geometry, edges = true): number {
  const span = end - start;
  const bucketMs = Math.max(1, (span * geometry.bucketPx) / Math.max(1, geometry.widthPx));
  // A label runs right from its event for about a bucket's width: one starting closer than that to
  // the right-hand edge is cut off.
  const from = edges ? start + span * EDGE : start;
  const to = edges ? end - bucketMs : end;
  let readable = 0;
  for (let key = Math.floor(from / bucketMs); key * bucketMs < to; key++) {
    const first = lowerBound(source, key * bucketMs);
    const last = lowerBound(source, (key + 1) * bucketMs);
    if (last - first === 0 || last - first > geometry.perBucket) continue;
    readable += lowerBound(source, Math.min(to, (key + 1) * bucketMs)) - lowerBound(source, Math.max(from, key * bucketMs));
  }
  return readable;
}

/**
 * The geometry of a timeline in this element, as it is laid out now. A hidden one (a phone's
 * other tab, width 0) is taken as the screen it will fill: the width of the window and about half
 * its height (below the page's header, tabs and toolbars).
 */
export function geometryOf(element: HTMLElement | null): Geometry {
  if (element && element.clientWidth > 0) return timelineGeometry(element.clientWidth, element.clientHeight || 400);
  return timelineGeometry(globalThis.innerWidth || 1000, (globalThis.innerHeight || 600) * 0.55);
}

/**
 * The window a visit without `from`/`to` opens on: the stretch of the recent data where the
 * timeline draws the most events one by one.
 *
 * - If the whole extent already draws every event one by one, that is the window.
 * - Otherwise every window of SPANS_DAYS whose end lies within two years of the latest event is
 *   tried (the end steps back a quarter of the span at a time), and the one drawing the most
 *   events one by one wins; of equals, the later, then the shorter.
 * - Where no window draws any event alone (very dense data), the shortest span ending at the
 *   latest event.
 */
export function defaultWindow(source: ItemSource, geometry: Geometry): { start: number; end: number } | null {
  const all = fitWindow(source);
  if (!all || readableCount(source, all.start, all.end, geometry, false) === source.length) return all;
  const latest = source.start(source.length - 1);
  const earliestEnd = Math.max(all.start, latest - RECENT_MS);
  let best: { start: number; end: number; score: number } | null = null;
  for (const days of SPANS_DAYS) {
    const span = days * DAY;
    if (span > all.end - all.start) break;
    // The first end leaves the latest event a label's width before the right-hand edge.
    const label = (span * geometry.bucketPx) / Math.max(1, geometry.widthPx);
    for (let end = latest + label; end - label >= earliestEnd; end -= span * STEP) {
      // Most short windows of sparse data hold no event at all: two lookups say so.
      const empty = lowerBound(source, end - span) === lowerBound(source, end);
      const score = empty ? 0 : readableCount(source, end - span, end, geometry);
      const better = !best || score > best.score || (score === best.score && end > best.end);
      if (better) best = { start: end - span, end, score };
    }
  }
  if (!best || best.score === 0) {
    const span = SPANS_DAYS[0]! * DAY;
    const label = (span * geometry.bucketPx) / Math.max(1, geometry.widthPx);
    return { start: latest + label - span, end: latest + label };
  }
  return { start: best.start, end: best.end };
}
