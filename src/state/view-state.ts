import type { CorroborationLevel } from '../domain/corroboration';
import type { EventType } from '../domain/event-types';
import type { Language } from '../domain/languages';

/** What the user chose: the whole of the app's state that a URL carries. */
export interface ViewWindow {
  /** ISO days, UTC. */
  from: string;
  to: string;
}

export interface ViewState {
  event: string | null;
  types: EventType[];
  actors: string[];
  q: string;
  /** Corroboration levels to show; empty: every level. */
  corroboration: CorroborationLevel[];
  /** null: none chosen (no from/to in the link): the timeline opens on its default window. */
  window: ViewWindow | null;
  /** The interface's language as the link or the switcher chose it; null: the browser's (lang= absent). */
  lang: Language | null;
}

export const INITIAL_VIEW: ViewState = { event: null, types: [], actors: [], q: '', corroboration: [], window: null, lang: null };
