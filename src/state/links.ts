import { eventPagePath } from '../domain/links';
import { flushHistory } from './history';

/** The permanent address of one event: its static page, which opens the app on it. */
export function eventPermalink(id: string): string {
  return new URL(eventPagePath(id), document.baseURI).toString();
}

/** The link that reproduces the current view (the address bar always describes it). */
export function currentViewLink(): string {
  flushHistory();
  return window.location.href;
}
