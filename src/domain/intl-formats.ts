import { intlLocales, type Language } from './languages';

type DateTimeFormatConstructor = new (locales: string | string[], options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat;

/**
 * Dates are written only by Intl. Chromium ships no Belarusian date data (Firefox, Safari and
 * Node do): for such a runtime the app installs an Intl.DateTimeFormat implementation with the
 * language's CLDR data (src/i18n/intl-be.ts), loaded only for Belarusian readers who need it.
 */
const implementations = new Map<Language, DateTimeFormatConstructor>();
const formats = new Map<string, Intl.DateTimeFormat>();

export function provideDateTimeFormat(lang: Language, implementation: DateTimeFormatConstructor): void {
  implementations.set(lang, implementation);
  formats.clear();
}

/** Whether this runtime's own Intl writes dates in the language. */
export function hasNativeDates(lang: Language): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf(intlLocales(lang)[0]!).length > 0;
}

/** Intl's formatter for a language, in UTC (calendar dates are UTC midnights), made once. */
export function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    const Implementation = (!hasNativeDates(lang) && implementations.get(lang)) || Intl.DateTimeFormat;
    format = new Implementation(intlLocales(lang)[0]!, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** Intl's number formatter for a language (one per language: making one costs far more than using it). */
export function numberFormat(lang: Language): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(intlLocales(lang))));
  return format;
}

/**
 * Makes the formatters the first screen writes with, in a task of their own while the page waits for
 * its dataset, not while drawing the events. The first Intl formatter a page makes loads the engine's
 * locale data (40–80 ms on a slow phone); the page calls this once a worker has loaded that data
 * (src/app/intl-warm.ts), so it then takes well under a millisecond.
 */
export function warmFormats(lang: Language): void {
  numberFormat(lang);
  dayFormat(lang);
}

/**
 * A day with its month and year: "5 Dec 2024", "5 снежня 2024". English keeps its short months;
 * Belarusian and Russian read better in full.
 */
export function dayFormat(lang: Language): Intl.DateTimeFormat {
  return dateFormat(lang, { year: 'numeric', month: lang === 'en' ? 'short' : 'long', day: 'numeric' });
}

/**
 * A month and its year: "Dec 2025", "снежань 2025", "декабрь 2025". The month's name is Intl's
 * standalone form (Belarusian and Russian decline a month inside a date: "12 снежня"); every
 * language here writes the year after it.
 */
export function formatMonthYear(ms: number, lang: Language, month: 'long' | 'short'): string {
  return `${dateFormat(lang, { month }).format(ms)} ${new Date(ms).getUTCFullYear()}`;
}
