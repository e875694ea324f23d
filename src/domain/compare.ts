import type { Actor, TimelineEvent } from './schema';

/** Date order, then id: the one stable order used everywhere (output file, lists, prev/next). */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'id'>, b: Pick<TimelineEvent, 'date' | 'id'>): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function compareActors(a: Pick<Actor, 'id'>, b: Pick<Actor, 'id'>): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function isSorted(events: readonly TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (compareEvents(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

/** Events in date order: the published file already is; hand-made or synthetic files may not be. */
export function inDateOrder(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  return isSorted(events) ? events : [...events].sort(compareEvents);
}
