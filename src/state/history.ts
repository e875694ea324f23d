import { serializeView } from './url-codec';
import type { ViewState } from './view-state';

export type HistoryMode = 'push' | 'replace' | 'none';

let pending: { state: ViewState; mode: 'push' | 'replace' } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

function write(state: ViewState, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${serializeView(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
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
