import { intlLocale, type Language } from '../../domain/languages';

/** vis-timeline's step sizes (TimeStep.scale). */
type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year' | string;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) {
    // The axis is drawn in UTC (calendar dates are UTC midnights), so its labels are read in UTC too.
    made = new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' });
    formats.set(key, made);
  }
  return made;
}

/** The label under one step of the axis, by Intl in the reader's language: "12", "сне", "2025". */
export function minorLabel(ms: number, scale: Scale, lang: Language): string {
  switch (scale) {
    case 'year':
      return String(new Date(ms).getUTCFullYear());
    case 'month':
      return format(lang, { month: 'short' }).format(ms);
    case 'week':
    case 'day':
    case 'weekday':
      return format(lang, { day: 'numeric' }).format(ms);
    default:
      return format(lang, { hour: '2-digit', minute: '2-digit' }).format(ms);
  }
}

/** The label above a run of steps: the month and year over days ("снежань 2025"), the year over months. */
export function majorLabel(ms: number, scale: Scale, lang: Language): string {
  switch (scale) {
    case 'year':
      return '';
    case 'month':
      return String(new Date(ms).getUTCFullYear());
    case 'week':
    case 'day':
    case 'weekday':
      return format(lang, { month: 'long', year: 'numeric' }).format(ms);
    default:
      return format(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(ms);
  }
}
