import { CORROBORATION_LEVEL_IDS, isCorroborationLevel, type CorroborationLevel } from '../domain/corroboration';
import { EVENT_TYPE_IDS, isEventType, type EventType } from '../domain/event-types';
import { isLanguage, type Language } from '../domain/languages';
import { SLUG } from '../domain/links';
import { parsePartialDate } from '../domain/partial-date';
import type { Notice } from './notice';
import type { ViewState, ViewWindow } from './view-state';

/**
 * The one place that maps view state to a query string and back. Each
 * parameter parses on its own with its own fallback, so one bad parameter
 * never discards the others; problems become short notices for the user.
 */
export const MAX_QUERY_LENGTH = 200;
const MAX_LIST = 200;
const MAX_SLUG = 120;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** vis-timeline and Date both cope with this span; beyond it the view is meaningless. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

export interface ParsedView {
  state: ViewState;
  notices: Notice[];
}

/**
 * Reads the query like URLSearchParams, which never throws but quietly keeps a malformed %-escape
 * as text (or U+FFFD). Here a value with one is marked broken, so its parser can drop it with a
 * notice, and a name with one drops its parameter; the other parameters are read as usual.
 */
function readParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  const text = search.startsWith('?') ? search.slice(1) : search;
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      // Keep the key if only the value is broken, so the notice can name it.
      try {
        key = decodeURIComponent(rawKey);
      } catch {
        continue;
      }
      value = '\u0000broken';
    }
    // Repeated parameters: the first one wins, like URLSearchParams.get().
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

const BROKEN = '\u0000broken';

function parseEvent(value: string | undefined, notices: Notice[]): string | null {
  if (value === undefined || value === '') return null;
  if (value === BROKEN || value.length > MAX_SLUG || !SLUG.test(value)) {
    notices.push({ key: 'notice.badEvent' });
    return null;
  }
  return value;
}

function parseList(value: string | undefined): string[] {
  if (value === undefined || value === '' || value === BROKEN) return [];
  return value
    .split(',')
    .slice(0, MAX_LIST)
    .map((part) => part.trim())
    .filter(Boolean);
}

function parseTypes(value: string | undefined, notices: Notice[]): EventType[] {
  const parts = parseList(value);
  const types = new Set<EventType>();
  let unknown = value === BROKEN ? 1 : 0;
  for (const part of parts) {
    if (isEventType(part)) types.add(part);
    else unknown += 1;
  }
  if (unknown) notices.push({ key: 'notice.unknownTypes', values: { count: unknown } });
  return EVENT_TYPE_IDS.filter((type) => types.has(type));
}

function parseCorroboration(value: string | undefined, notices: Notice[]): CorroborationLevel[] {
  const parts = parseList(value);
  const levels = new Set(parts.filter(isCorroborationLevel));
  if (levels.size !== new Set(parts).size || value === BROKEN) {
    notices.push({ key: 'notice.unknownCorroboration', values: { known: CORROBORATION_LEVEL_IDS.join(', ') } });
  }
  return CORROBORATION_LEVEL_IDS.filter((level) => levels.has(level));
}

function parseActors(value: string | undefined, notices: Notice[]): string[] {
  const parts = parseList(value);
  const valid = parts.filter((part) => part.length <= MAX_SLUG && SLUG.test(part));
  if (valid.length !== parts.length || value === BROKEN) notices.push({ key: 'notice.badActors' });
  return [...new Set(valid)].sort();
}

function parseQuery(value: string | undefined, notices: Notice[]): string {
  if (value === undefined || value === BROKEN) {
    if (value === BROKEN) notices.push({ key: 'notice.brokenQuery' });
    return '';
  }
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (clean.length > MAX_QUERY_LENGTH) {
    notices.push({ key: 'notice.longQuery', values: { count: MAX_QUERY_LENGTH } });
    return clean.slice(0, MAX_QUERY_LENGTH);
  }
  return clean;
}

function parseDay(value: string | undefined): string | null {
  if (value === undefined || !ISO_DAY.test(value)) return null;
  const date = parsePartialDate(value);
  if (!date || date.year < MIN_YEAR || date.year > MAX_YEAR) return null;
  return value;
}

function parseWindow(from: string | undefined, to: string | undefined, notices: Notice[]): ViewWindow | null {
  if (from === undefined && to === undefined) return null;
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) {
    notices.push({ key: 'notice.badWindow', values: { min: MIN_YEAR, max: MAX_YEAR } });
    return null;
  }
  if (start >= end) {
    notices.push({ key: 'notice.reversedWindow' });
    return null;
  }
  return { from: start, to: end };
}

/** lang=be|ru|en; anything else is named in a notice and the browser's language is used instead. */
function parseLanguage(value: string | undefined, notices: Notice[]): Language | null {
  if (value === undefined || value === '') return null;
  if (isLanguage(value)) return value;
  notices.push({ key: 'notice.unknownLanguage', values: { value: value === BROKEN ? '?' : value.slice(0, 20) } });
  return null;
}

export function parseView(search: string): ParsedView {
  const params = readParams(search);
  const notices: Notice[] = [];
  const state: ViewState = {
    event: parseEvent(params.get('event'), notices),
    types: parseTypes(params.get('types'), notices),
    actors: parseActors(params.get('actors'), notices),
    q: parseQuery(params.get('q'), notices),
    corroboration: parseCorroboration(params.get('corroboration'), notices),
    window: parseWindow(params.get('from'), params.get('to'), notices),
    lang: parseLanguage(params.get('lang'), notices),
  };
  return { state, notices };
}

/** Canonical query string (with leading "?", or "" for the initial view). */
export function serializeView(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.types.length) params.set('types', state.types.join(','));
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.q) params.set('q', state.q);
  if (state.corroboration.length) params.set('corroboration', state.corroboration.join(','));
  if (state.window) {
    params.set('from', state.window.from);
    params.set('to', state.window.to);
  }
  if (state.lang) params.set('lang', state.lang);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
