import type { Actor, TimelineEvent } from './schema';

/** Date order, then id: the one stable order used everywhere (output file, lists, prev/next). */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'id'>, b: Pick<TimelineEvent, 'date' | 'id'>): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function compareActors(a: Pick<Actor, 'id'>, b: Pick<Actor, 'id'>): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
