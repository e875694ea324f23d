import { EVENT_TYPES } from '../../domain/event-types';
import type { Language } from '../../domain/languages';
import { localizedText } from '../../domain/localized-event';
import type { EventView } from '../../domain/dataset-index';
import { isApproximate, type Placements } from '../../domain/partial-date';
import type { TimelineEvent } from '../../domain/schema';

/** What the adapter needs to draw one event; plain data, no vis-timeline types. */
export interface TimelineItemSpec {
  id: string;
  start: number;
  /** Set for events known only to the month or year, and for spans. */
  end?: number;
  approximate: boolean;
  /** In the interface's language where translated, else English (`titleLang`). */
  title: string;
  titleLang: Language;
  /** The interface's language, which the item's date and type are written in. */
  lang: Language;
  marker: string;
  color: string;
  date: string;
  endDate?: string;
  type: TimelineEvent['type'];
  /** Another source gives a different value for the same figure at about the same time. */
  conflict: boolean;
}

/** One drawn event, placed where the index placed it (start, and end or NaN). */
export function toItemSpec(event: TimelineEvent, start: number, end: number, conflict = false, lang: Language = 'en'): TimelineItemSpec {
  const meta = EVENT_TYPES[event.type];
  const text = localizedText(event, lang);
  return {
    id: event.id,
    start,
    end: Number.isNaN(end) ? undefined : end,
    approximate: isApproximate(event.date),
    title: text.title,
    titleLang: text.lang,
    lang,
    marker: meta.marker,
    color: meta.color,
    date: event.date,
    endDate: event.endDate,
    type: event.type,
    conflict,
  };
}

/**
 * The events the timeline may draw (those passing the filters), in start
 * order, read by position. Specs are made only for the few items drawn.
 */
export interface ItemSource extends Placements {
  /** The event's type, without making its spec. */
  type(i: number): TimelineEvent['type'];
  spec(i: number): TimelineItemSpec;
  /** Where the event is in this source, or -1 (not among the events drawn). */
  find(id: string): number;
}

/** The first position whose start is at or after `time` (the source is in start order). */
export function lowerBound(source: Pick<Placements, 'length' | 'start'>, time: number): number {
  let low = 0;
  let high = source.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (source.start(mid) < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Made once per event and language, kept while its dataset lives, so the adapter's diff sees
 * unchanged items as unchanged (and every item as changed when the language changes).
 */
const specsByLanguage = new Map<Language, WeakMap<object, TimelineItemSpec>>();

/** A view's events as the timeline reads them; a spec is made only for an item drawn, placed where the index placed it. */
export function itemSourceOf(view: EventView, conflicts: ReadonlyMap<string, unknown> = new Map(), lang: Language = 'en'): ItemSource {
  let specs = specsByLanguage.get(lang);
  if (!specs) specsByLanguage.set(lang, (specs = new WeakMap()));
  const made = specs;
  return {
    length: view.length,
    longest: view.longest,
    start: view.start,
    end: view.end,
    type: view.type,
    find: view.indexOf,
    spec: (i) => {
      const event = view.events[i]!;
      let spec = made.get(event);
      if (!spec) made.set(event, (spec = toItemSpec(event, view.start(i), view.end(i), conflicts.has(event.id), lang)));
      return spec;
    },
  };
}
