import { create } from 'zustand';
import type { EventType } from '../domain/event-types';
import { EVENT_TYPE_IDS } from '../domain/event-types';
import { CORROBORATION_LEVEL_IDS, type CorroborationLevel } from '../domain/corroboration';
import type { Language } from '../domain/languages';
import type { Notice } from './notice';
import { writeHistory, type HistoryMode } from './history';
import { MAX_QUERY_LENGTH, parseView } from './url-codec';
import { INITIAL_VIEW, type ViewState, type ViewWindow } from './view-state';

interface ViewStore extends ViewState {
  /** Notices about parts of a link that could not be honoured. */
  notices: Notice[];
  actions: {
    eventSelected: (id: string | null, window?: ViewWindow | null) => void;
    typeToggled: (type: EventType) => void;
    actorToggled: (id: string) => void;
    corroborationToggled: (level: CorroborationLevel) => void;
    actorOnly: (id: string) => void;
    queryChanged: (q: string) => void;
    filtersReset: () => void;
    windowChanged: (window: ViewWindow | null) => void;
    /** The reader chose a language with the switcher (replaces the address: a language is not a step back). */
    languageChosen: (lang: Language) => void;
    urlChanged: (search: string) => void;
    noticesDismissed: () => void;
  };
}

/** Typing a search makes one history entry per burst, not one per key. */
const TYPING_BURST_MS = 1500;

/** The view as the address holds it, without the store's notices and actions. */
export function viewStateOf(state: ViewStore): ViewState {
  return {
    event: state.event,
    types: state.types,
    actors: state.actors,
    q: state.q,
    corroboration: state.corroboration,
    window: state.window,
    lang: state.lang,
  };
}

/** `notices`: more things about the link to tell the reader (the embed's own parameters). */
export function createViewStore(search = typeof window === 'undefined' ? '' : window.location.search, notices: readonly Notice[] = []) {
  const initial = parseView(search);
  let lastTyping = 0;
  return create<ViewStore>()((set, get) => {
    const commit = (patch: Partial<ViewState>, mode: HistoryMode) => {
      set(patch);
      writeHistory(viewStateOf(get()), mode);
    };
    return {
      ...INITIAL_VIEW,
      ...initial.state,
      notices: [...initial.notices, ...notices],
      actions: {
        eventSelected: (id, window) => {
          if (id === get().event && window === undefined) return;
          commit(window === undefined ? { event: id } : { event: id, window }, 'push');
        },
        typeToggled: (type) => {
          const types = new Set(get().types);
          if (types.has(type)) types.delete(type);
          else types.add(type);
          commit({ types: EVENT_TYPE_IDS.filter((t) => types.has(t)) }, 'push');
        },
        actorToggled: (id) => {
          const actors = new Set(get().actors);
          if (actors.has(id)) actors.delete(id);
          else actors.add(id);
          commit({ actors: [...actors].sort() }, 'push');
        },
        corroborationToggled: (level) => {
          const levels = new Set(get().corroboration);
          if (levels.has(level)) levels.delete(level);
          else levels.add(level);
          commit({ corroboration: CORROBORATION_LEVEL_IDS.filter((l) => levels.has(l)) }, 'push');
        },
        actorOnly: (id) => commit({ actors: [id] }, 'push'),
        queryChanged: (q) => {
          // eslint-disable-next-line no-control-regex
          const clean = q.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_QUERY_LENGTH);
          const now = Date.now();
          const mode = now - lastTyping > TYPING_BURST_MS ? 'push' : 'replace';
          lastTyping = now;
          commit({ q: clean }, mode);
        },
        filtersReset: () => commit({ types: [], actors: [], q: '', corroboration: [] }, 'push'),
        windowChanged: (window) => commit({ window }, 'replace'),
        languageChosen: (lang) => commit({ lang }, 'replace'),
        urlChanged: (search) => {
          const parsed = parseView(search);
          set({ ...parsed.state, notices: parsed.notices });
        },
        noticesDismissed: () => set({ notices: [] }),
      },
    };
  });
}

export type ViewStoreApi = ReturnType<typeof createViewStore>;
