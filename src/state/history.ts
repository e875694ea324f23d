import { serializeView } from './url-codec';
import type { ViewState } from './view-state';

export type HistoryMode = 'push' | 'replace' | 'none';

/** Writes the view into the address bar; the URL always describes what the user sees. */
export function writeHistory(state: ViewState, mode: HistoryMode): void {
  if (mode === 'none' || typeof window === 'undefined') return;
  const url = `${window.location.pathname}${serializeView(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
