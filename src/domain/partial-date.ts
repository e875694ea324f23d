import { dayFormat, formatMonthYear } from './intl-formats';
import type { Language } from './languages';

/**
 * The one date model. Dataset dates are calendar dates with a precision, not
 * instants: "2024" is a year, "2024-12" a month, "2024-12-05" a day. They are
 * compared and placed on the axis as UTC milliseconds, so no time zone can
 * shift them. Precision, placement, extent and formatting all live here; the
 * app, the data build, the event pages and the exports use it.
 */
export type Precision = 'year' | 'month' | 'day';

const DAY = 86_400_000;
const HALF_DAY = DAY / 2;

/**
 * The precision of a date already known to be valid (validated data): read from
 * its form without parsing, since placing 100,000 events must not allocate.
 */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Known only to the month or the year. */
export function isApproximate(date: string): boolean {
  return precisionOf(date) !== 'day';
}

export interface CalendarDate {
  year: number;
  month: number; // 1-12, 1 when unknown
  day: number; // 1-31, 1 when unknown
  precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS[month - 1] ?? 0;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null for anything else or an impossible date. */
export function parsePartialDate(text: string): CalendarDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1) return null;
  if (match[2] === undefined) return { year, month: 1, day: 1, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, day: 1, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isValidPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** First day covered by the date, as milliseconds at UTC midnight. */
export function startOf(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

/** The day after the last day covered by the date, at UTC midnight (exclusive end). */
export function endOf(date: CalendarDate): number {
  if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1);
  if (date.precision === 'month') return Date.UTC(date.year, date.month, 1);
  return Date.UTC(date.year, date.month - 1, date.day + 1);
}

/** First and exclusive last instant a valid date covers, by string slicing (no allocation). */
function bounds(date: string): [number, number] {
  const year = Number(date.slice(0, 4));
  const precision = precisionOf(date);
  if (precision === 'year') return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  const month = Number(date.slice(5, 7)) - 1;
  if (precision === 'month') return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
  const start = Date.UTC(year, month, Number(date.slice(8, 10)));
  return [start, start + DAY];
}

/**
 * Where an event sits on the time axis: a day at its middle (end NaN); a month,
 * a year or a span from its first instant to its exclusive end.
 */
export function placeEvent(event: { date: string; endDate?: string }): { start: number; end: number } {
  const [first, firstEnd] = bounds(event.date);
  if (event.endDate) return { start: first, end: bounds(event.endDate)[1] };
  if (precisionOf(event.date) === 'day') return { start: first + HALF_DAY, end: Number.NaN };
  return { start: first, end: firstEnd };
}

/** Placed events read by position, in start order (a filtered view, the timeline's items). */
export interface Placements {
  readonly length: number;
  /** The longest span, to find spans that reach into a window from before it. */
  readonly longest: number;
  start(i: number): number;
  /** Exclusive end of a month, year or span; NaN for a single day. */
  end(i: number): number;
}

/** Placements that may each stand for several events (a large dataset's dates, with their counts). */
export interface DensitySource extends Placements {
  /** How many events the placement stands for; one without it. */
  weight?(i: number): number;
}

/** From the first start to the last end of placed events; null when there are none. */
export function extentOf(placed: Placements): { start: number; end: number } | null {
  if (placed.length === 0) return null;
  const start = placed.start(0);
  let end = placed.start(placed.length - 1);
  // Spans can end after the last start: look back as far as the longest span reaches.
  for (let i = placed.length - 1; i >= 0 && placed.start(i) + placed.longest > end; i--) {
    const e = placed.end(i);
    if (!Number.isNaN(e) && e > end) end = e;
  }
  return { start, end };
}

/** A range with a little room at both ends, so the first and last events are not at the edge. */
export function padRange(start: number, end: number): { start: number; end: number } {
  const pad = Math.max((end - start) * 0.04, 15 * DAY);
  return { start: start - pad, end: end + pad };
}

/** "2024", "Dec 2024" or "5 Dec 2024" ("снежань 2024", "5 снежня 2024"): the date at its own precision, by Intl. */
export function formatPartialDate(text: string, lang: Language = 'en'): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  // A bare year stays the number: Intl would add "г." in Russian, which a year alone does not need.
  if (date.precision === 'year') return String(date.year);
  // English keeps its short months ("Dec 2024"); Belarusian and Russian read better in full ("снежань 2024").
  if (date.precision === 'month') return formatMonthYear(startOf(date), lang, lang === 'en' ? 'short' : 'long');
  return dayFormat(lang).format(startOf(date));
}

export function formatRange(start: string, end?: string, lang: Language = 'en'): string {
  return end ? `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}` : formatPartialDate(start, lang);
}

/** An ISO day (YYYY-MM-DD) for a UTC millisecond instant. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
