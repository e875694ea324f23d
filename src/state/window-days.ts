import { placeEvent, toIsoDay } from '../domain/partial-date';
import type { ViewWindow } from './view-state';

const DAY_MS = 86_400_000;

/** A timeline range as the whole days the URL carries. */
export function toViewWindow(start: number, end: number): ViewWindow {
  const from = Math.round(start / DAY_MS) * DAY_MS;
  const to = Math.max(from + DAY_MS, Math.round(end / DAY_MS) * DAY_MS);
  return { from: toIsoDay(from), to: toIsoDay(to) };
}

export function fromViewWindow(window: ViewWindow): { start: number; end: number } {
  return { start: Date.parse(`${window.from}T00:00:00Z`), end: Date.parse(`${window.to}T00:00:00Z`) };
}

export function sameWindow(a: ViewWindow | null, b: ViewWindow | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

/** The window scaled around its centre, for the zoom buttons. */
export function zoomWindow(start: number, end: number, factor: number): ViewWindow {
  const centre = (start + end) / 2;
  const half = Math.max(DAY_MS, ((end - start) * factor) / 2);
  return toViewWindow(centre - half, centre + half);
}

/** Moves the window so that `at` is inside it, keeping its span; null when it already is. */
export function windowShowing(window: { start: number; end: number }, at: number, until = at): ViewWindow | null {
  if (at >= window.start && until <= window.end) return null;
  const span = window.end - window.start;
  return toViewWindow(at - span / 2, at + span / 2);
}

/** Where to move the window so that an event dated `date` shows, keeping the span; undefined when it already shows. */
export function windowRevealing(window: ViewWindow | null, date: string): ViewWindow | undefined {
  if (!window) return undefined;
  const { start, end } = placeEvent({ date });
  return windowShowing(fromViewWindow(window), start, Number.isNaN(end) ? start : end) ?? undefined;
}
