import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Notice } from './notice';
import type { ViewState } from './view-state';
import { dropPendingHistory, writeHistory } from './history';
import { createViewStore, viewStateOf, type ViewStoreApi } from './view-store';

const StoreContext = createContext<ViewStoreApi | null>(null);

/** One store per app (and per test), fed from the address bar and kept in step with Back/Forward. */
export function ViewStoreProvider({
  children,
  store: given,
  notices,
}: {
  children: ReactNode;
  store?: ViewStoreApi;
  notices?: readonly Notice[];
}) {
  const [store] = useState(() => given ?? createViewStore(undefined, notices));
  useEffect(() => {
    // The address bar shows the view as understood: bad parameters the user was told about disappear.
    const { event, types, actors, q, corroboration, window: view, lang } = store.getState();
    writeHistory({ event, types, actors, q, corroboration, window: view, lang }, 'replace');
  }, [store]);
  useEffect(() => {
    const onPopState = () => {
      dropPendingHistory();
      store.getState().actions.urlChanged(window.location.search);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [store]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useViewStoreApi(): ViewStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useView* hooks need a <ViewStoreProvider>');
  return store;
}

export const useSelectedEventId = () => useStore(useViewStoreApi(), (s) => s.event);
export const useTypeFilter = () => useStore(useViewStoreApi(), (s) => s.types);
export const useCorroborationFilter = () => useStore(useViewStoreApi(), (s) => s.corroboration);
export const useActorFilter = () => useStore(useViewStoreApi(), (s) => s.actors);
export const useSearchText = () => useStore(useViewStoreApi(), (s) => s.q);
export const useViewWindow = () => useStore(useViewStoreApi(), (s) => s.window);
/** The whole view as the address holds it (event, filters, window, language): redrawn when any part changes. */
export const useViewState = (): ViewState => useStore(useViewStoreApi(), useShallow(viewStateOf));
/** The language the link or the switcher chose; null when the reader's browser decides. */
export const useChosenLanguage = () => useStore(useViewStoreApi(), (s) => s.lang);
export const useNotices = () => useStore(useViewStoreApi(), (s) => s.notices);
export const useViewActions = () => useStore(useViewStoreApi(), (s) => s.actions);

/**
 * Calls `listener` in the task where a filter (types, actors, corroboration) changes, before React
 * draws the change: the large form asks its engine then rather than a frame later. Typing (which
 * settles) and the window are left out.
 */
export function useFilterChangeListener(listener: (view: ViewState) => void): void {
  const store = useViewStoreApi();
  const latest = useLatestRef(listener);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.types !== previous.types || state.actors !== previous.actors || state.corroboration !== previous.corroboration)
          latest.current(state);
      }),
    [store],
  );
}

/**
 * A ref to the latest value. Its own function, so that closures made beside it (a subscription that
 * lives as long as the page) never hold the first render's value: V8 keeps every variable any closure
 * of a scope uses in one context shared by all of them, and the first listener held the whole first
 * dataset (the outline) alive after events.json had replaced it. (The features' useLatest,
 * src/components/use-latest.ts, is the same; src/state may not import src/components.)
 */
function useLatestRef<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
