/**
 * Dataset dates are calendar dates with a precision, not instants.
 * "2024" is a year, "2024-12" a month, "2024-12-05" a day. They are compared
 * and positioned as day numbers in UTC so no time zone can shift them.
 */
export type Precision = 'year' | 'month' | 'day';

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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024", "Dec 2024" or "5 Dec 2024": the date at its own precision. */
export function formatPartialDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  if (date.precision === 'year') return String(date.year);
  const month = MONTHS[date.month - 1];
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

export function formatRange(start: string, end?: string): string {
  return end ? `${formatPartialDate(start)} – ${formatPartialDate(end)}` : formatPartialDate(start);
}

/** An ISO day (YYYY-MM-DD) for a UTC millisecond instant. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
