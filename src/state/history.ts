import { isEmbedPath, PRESENTATION_PARAMS } from './embed';
import { serializeView } from './url-codec';
import type { ViewState } from './view-state';

export type HistoryMode = 'push' | 'replace' | 'none';

let pending: { state: ViewState; mode: 'push' | 'replace' } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

/** The view's query, followed by the page's presentation parameters (embed, filters, theme) as they were. */
function queryFor(state: ViewState): string {
  const view = serializeView(state);
  const current = new URLSearchParams(window.location.search);
  const kept = PRESENTATION_PARAMS.filter((name) => current.has(name)).map((name) => `${name}=${encodeURIComponent(current.get(name)!)}`);
  if (kept.length === 0) return view;
  return `${view ? `${view}&` : '?'}${kept.join('&')}`;
}

/**
 * An embed lives inside someone else's page: its history entries would be the host's Back
 * button. There every change replaces the address (and the host page mirrors it if it wants).
 */
function embedded(): boolean {
  return isEmbedPath(window.location.pathname) || new URLSearchParams(window.location.search).get('embed') === '1';
}

function write(state: ViewState, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${queryFor(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push' && !embedded()) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Writes any address-bar change still waiting (before reading the URL, or on Back/Forward). */
export function flushHistory(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const next = pending;
  pending = null;
  if (next) write(next.state, next.mode);
}

/** Forgets a waiting write: Back or Forward has just put another view in the address bar. */
export function dropPendingHistory(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  pending = null;
}

/**
 * Writes the view into the address bar; the URL always describes what the user sees.
 * pushState costs ~10 ms in Chromium, so the write happens in a later task, not in the
 * click that changed the view; changes within one task share one entry (a push wins).
 */
export function writeHistory(state: ViewState, mode: HistoryMode): void {
  if (mode === 'none' || typeof window === 'undefined') return;
  pending = { state, mode: pending?.mode === 'push' ? 'push' : mode };
  if (timer === null) timer = setTimeout(flushHistory, 0);
}
