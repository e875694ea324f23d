import { placeEvent, precisionOf } from './partial-date';
import type { EventType } from './event-types';
import type { FigureQualifier, TimelineEvent } from './schema';

export interface CountPoint {
  eventId: string;
  date: string;
  /** Where the claim sits in time (middle of its day, start of its month or year). */
  time: number;
  value: number;
  /** How the source words it ("over", "about"...); none for a bare number from an old file. */
  qualifier?: FigureQualifier;
  /** The series it is drawn in: who counted, who quoted it, or that no one is named. */
  series: string;
}

export interface CountSeries {
  /** "Human Rights Center “Viasna”", "quoted by Sviatlana Tsikhanouskaya", or NOT_NAMED. */
  label: string;
  points: CountPoint[];
}

export const NOT_NAMED = 'organisation not named';

/**
 * Whose count it is: the organisation that counted; failing that, the person who states
 * it ("quoted by ..."), since quoting a count is not counting; failing both, NOT_NAMED.
 * Never the first source's publisher: a news site reporting a count did not make it.
 */
function seriesOf(event: TimelineEvent, nameOf: (id: string) => string | undefined): string {
  if (event.countedBy) return nameOf(event.countedBy) ?? event.countedBy;
  if (event.quotedBy) return `quoted by ${nameOf(event.quotedBy) ?? event.quotedBy}`;
  return NOT_NAMED;
}

/** Political-prisoner counts, one series per counting organisation, in date order. Nothing is merged or averaged. */
export function prisonerSeries(events: readonly TimelineEvent[], nameOf: (id: string) => string | undefined): CountSeries[] {
  const bySeries = new Map<string, CountPoint[]>();
  for (const event of events) {
    const figure = event.type === 'statistic' ? event.figures?.politicalPrisoners : undefined;
    if (figure === undefined) continue;
    const series = seriesOf(event, nameOf);
    const point: CountPoint = { eventId: event.id, date: event.date, time: placeEvent(event).start, value: figure.value, series };
    if (figure.qualifier) point.qualifier = figure.qualifier;
    const points = bySeries.get(series);
    if (points) points.push(point);
    else bySeries.set(series, [point]);
  }
  // Named organisations first, then people quoting a count, then counts whose counter no one names.
  const rank = (label: string) => (label === NOT_NAMED ? 2 : label.startsWith('quoted by ') ? 1 : 0);
  return [...bySeries]
    .map(([label, points]) => ({ label, points }))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label));
}

export const MONTHLY_TYPES = ['release', 'pardon', 'sentence'] as const satisfies readonly EventType[];

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  start: number;
  end: number;
  counts: Record<(typeof MONTHLY_TYPES)[number], number>;
}

/** Releases, pardons and sentences per month; events known only to the year cannot be placed and are counted apart. */
export function monthlyCounts(events: readonly TimelineEvent[]): { months: MonthCount[]; yearOnly: number } {
  return monthlyFromCounts(
    events.map((event) => ({ month: precisionOf(event.date) === 'year' ? null : event.date.slice(0, 7), type: event.type, n: 1 })),
  );
}

/**
 * The same, from counts already made (a large dataset's engine counts them): one entry per month
 * (YYYY-MM) and type, or `month` null for events known only to the year.
 */
export function monthlyFromCounts(rows: readonly { month: string | null; type: string; n: number }[]): {
  months: MonthCount[];
  yearOnly: number;
} {
  const months = new Map<string, MonthCount>();
  let yearOnly = 0;
  for (const { month: key, type, n } of rows) {
    if (!(MONTHLY_TYPES as readonly string[]).includes(type)) continue;
    if (key === null) {
      yearOnly += n;
      continue;
    }
    let month = months.get(key);
    if (!month) {
      const y = Number(key.slice(0, 4));
      const m = Number(key.slice(5, 7)) - 1;
      month = { month: key, start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1), counts: { release: 0, pardon: 0, sentence: 0 } };
      months.set(key, month);
    }
    month.counts[type as (typeof MONTHLY_TYPES)[number]] += n;
  }
  return { months: [...months.values()].sort((a, b) => a.start - b.start), yearOnly };
}

/**
 * The points a line needs at a given scale: per bucket of `bucketPx` pixels, the
 * first, lowest, highest and last point, in time order. A line through them has
 * the same shape on screen as one through every point, with at most four
 * points per bucket whatever the number of counts.
 */
export function thinPoints<P extends { time: number; value: number }>(
  points: readonly P[],
  x: (time: number) => number,
  bucketPx = 2,
): P[] {
  const out: P[] = [];
  let bucket = Number.NaN;
  let group: P[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    let low = first;
    let high = first;
    for (const p of group) {
      if (p.value < low.value) low = p;
      if (p.value > high.value) high = p;
    }
    const kept = new Set([first, low, high, last]);
    for (const p of group) if (kept.has(p)) out.push(p);
    group = [];
  };
  for (const p of points) {
    const key = Math.floor(x(p.time) / bucketPx);
    if (key !== bucket) {
      flush();
      bucket = key;
    }
    group.push(p);
  }
  flush();
  return out;
}
