import { dateFormat, formatMonthYear } from '../../domain/intl-formats';
import type { Language } from '../../domain/languages';

/** vis-timeline's step sizes (TimeStep.scale). */
type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year' | string;

const DAY_MS = 86_400_000;

const longDate = (ms: number, lang: Language) => dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(ms);

/**
 * Over weeks, vis-timeline adds a step on each month's 1st between the week steps: a week step one
 * or two days before or after it would print its number on top of the 1st's ("30 1", "1 2"). Its
 * line stays.
 */
function crowdedWeekStep(ms: number): boolean {
  const date = new Date(ms);
  if (date.getUTCDate() === 1) return false;
  const nextMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return date.getUTCDate() <= 3 || nextMonth - ms < 3 * DAY_MS;
}

/** The label under one step of the axis, by Intl in the reader's language: "12", "сне", "2025". */
export function minorLabel(ms: number, scale: Scale, lang: Language): string {
  switch (scale) {
    case 'year':
      return String(new Date(ms).getUTCFullYear());
    case 'month':
      return dateFormat(lang, { month: 'short' }).format(ms);
    case 'week':
      return crowdedWeekStep(ms) ? '' : dateFormat(lang, { day: 'numeric' }).format(ms);
    case 'day':
    case 'weekday':
      return dateFormat(lang, { day: 'numeric' }).format(ms);
    default:
      return dateFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(ms);
  }
}

/**
 * The label above a run of steps: the month and year over days ("снежань 2025"), the year over months.
 * `weeks`: the axis marks weeks (vis-timeline's showWeekScale, on narrow timelines), so over days a
 * run starts on each Monday: each is labelled with its date ("23 December 2024"), as the month and
 * year alone would repeat on every Monday of the month.
 */
export function majorLabel(ms: number, scale: Scale, lang: Language, weeks = false): string {
  switch (scale) {
    case 'year':
      return '';
    case 'month':
      return String(new Date(ms).getUTCFullYear());
    case 'day':
    case 'weekday':
      return weeks ? longDate(ms, lang) : formatMonthYear(ms, lang, 'long');
    case 'week':
      return formatMonthYear(ms, lang, 'long');
    default:
      return longDate(ms, lang);
  }
}
