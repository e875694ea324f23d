import type { Language } from './languages';

/**
 * The site's names and the shapes of its links, in one place: the app, the
 * static event pages, the exports and the page template all read them here.
 */

/** The site's full title: tab titles, citations, calendar names, page titles. */
export const SITE_TITLE = 'Belarus political prisoners: a sourced timeline';

/** The heading at the top of the page. */
export const SITE_HEADING = 'Belarus political prisoners';

/** An event or actor id: lower-case words joined by single hyphens. Ids are link parts, so they stay this plain. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An event's permanent page, relative to the site root: events/<id>/ in English, events/<id>/be/
 * and events/<id>/ru/ in Belarusian and Russian (written by the build).
 */
export function eventPagePath(id: string, lang: Language = 'en'): string {
  return `events/${encodeURIComponent(id)}/${lang === 'en' ? '' : `${lang}/`}`;
}

/** The app opened on one event (in a language, when given): a query on the site root. */
export function eventAppPath(id: string, lang?: Language): string {
  return `?event=${encodeURIComponent(id)}${lang ? `&lang=${lang}` : ''}`;
}
