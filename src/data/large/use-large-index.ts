import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EVENT_TYPE_IDS, type EventType } from '../../domain/event-types';
import { buildIndex, type DatasetIndex, type EventView } from '../../domain/dataset-index';
import { parsePartialDate, startOf } from '../../domain/partial-date';
import type { LargeView, ViewEvents } from '../../state/large-view';
import { useFilterChangeListener, useViewActions, useViewState } from '../../state/store-context';
import { fromViewWindow, toViewWindow } from '../../state/window-days';
import { firstWindow, sliceRequest } from './first-window';
import type { LoadedDataset } from '../dataset-query';
import type { TimelineEvent } from '../../domain/schema';
import type { FacetCounts, Slice } from './large-source';

const DAY = 86_400_000;
/**
 * Typing settles before the engine is asked (each letter changes the search). A filter, a zoom or a
 * pan is asked at once: each is one change (the window changes when a drag ends). So is a search
 * changed by more than one letter at a time: a query pasted, chosen from the browser's suggestions,
 * or cleared.
 */
const SETTLE_MS = 60;

/** A search changed by one keystroke: one letter more or less, or one replaced. */
export const oneKeystroke = (before: string, after: string) => Math.abs(after.length - before.length) <= 1;

/** The index of what is on screen, with the whole dataset's types and facet counts in its views. */
function withCounts(index: DatasetIndex, facets: FacetCounts, typesPresent: readonly EventType[]): DatasetIndex {
  const views = new WeakMap<EventView, EventView>();
  const view: DatasetIndex['view'] = (filters) => {
    const inner = index.view(filters);
    let outer = views.get(inner);
    if (!outer) {
      const corroborationCounts = facets.corroborationCounts ?? inner.corroborationCounts;
      views.set(inner, (outer = { ...inner, typeCounts: facets.typeCounts, actorCounts: facets.actorCounts, corroborationCounts }));
    }
    return outer;
  };
  return { ...index, typesPresent, view, withTranslations: (file) => withCounts(index.withTranslations(file), facets, typesPresent) };
}

interface Loaded {
  slice: Slice;
  facets: FacetCounts;
  /** The question it answers (see `key` below). */
  key: string;
}

/** Runs after the next frame is painted: the frame callback runs before that paint, the task it posts after it. */
const afterPaint = (run: () => void) => requestAnimationFrame(() => setTimeout(run, 0));

/** The reader's browser asks sites to save data (Chromium's Save-Data, from the operating system or a setting). */
const savingData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * For a large dataset, the index of the events in the window (and its margins) that pass the filters,
 * asked of the engine each time the window or the filters change; for the small form, its index as it is.
 */
export function useLargeIndex(data: LoadedDataset): { index: DatasetIndex; large: LargeView | null } {
  const source = data.large ?? null;
  const { window, types, actors, q, corroboration, event: selectedId } = useViewState();
  const { windowChanged } = useViewActions();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  // Once the host publishes another version, the page says so until it reloads.
  const [updated, setUpdated] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // The event a link opens, as soon as it is read (the first window is chosen around it).
  const [opened, setOpened] = useState<TimelineEvent | null>(null);
  const asked = useRef(0);
  // The search last asked, and the answer under way: the engine answers one query at a time, so an
  // ask waits for the one before and is dropped if another has come meanwhile (the latest wins).
  const askedQ = useRef(q);
  const underWay = useRef<Promise<void>>(Promise.resolve());
  const answering = useRef(false);
  // The question the screen asks now: what is loaded answers it, or an answer is on its way.
  const key = JSON.stringify([window, types, actors, q, corroboration, selectedId, attempt]);

  // No window in the link: the open event's weeks, or the last weeks with events.
  useEffect(() => {
    if (!source || window !== null) return;
    let cancelled = false;
    void (async () => {
      const first = firstWindow(source);
      if (!first) return;
      let { start } = first;
      const span = first.days * DAY;
      if (selectedId) {
        // A link to one event opens the same span around it.
        const [event] = await source.events([selectedId]).catch(() => []);
        if (event && !cancelled) setOpened(event);
        const date = event ? parsePartialDate(event.date) : null;
        if (date) start = startOf(date) - Math.floor(first.days / 2) * DAY;
      }
      if (!cancelled) windowChanged(toViewWindow(start, start + span));
    })();
    return () => {
      cancelled = true;
    };
  }, [source, window, selectedId, windowChanged]);

  // A filter clicked is asked of the engine in the click's own task, a frame before React has drawn
  // it: the effect below then finds the same questions under way (the source keeps them by question).
  // Not while the engine answers an earlier one: clicks in quick succession are left to the effect,
  // which asks only the latest.
  useFilterChangeListener((view) => {
    if (!source || view.window === null || view.q !== askedQ.current || answering.current) return;
    const filters = { types: view.types, actors: view.actors, q: view.q, corroboration: view.corroboration };
    source.slice(sliceRequest(view.window, filters, view.event)).catch(() => undefined);
    source.facetsBeforeActors(filters).catch(() => undefined);
  });

  useEffect(() => {
    if (!source || window === null) return;
    const ask = ++asked.current;
    const typing = q !== askedQ.current;
    const run = () => {
      askedQ.current = q;
      // Beside the query, at most every few seconds: has the host published another version since?
      void source.republishedLately().then((republished) => republished && setUpdated(true));
      const filters = { types, actors, q, corroboration };
      const fail = async (failure: unknown) => {
        // A new version replaces the events file: say so, rather than show the old file's error.
        if (await source.republished()) setUpdated(true);
        if (ask === asked.current) setFailed({ key, message: failure instanceof Error ? failure.message : String(failure) });
      };
      underWay.current = underWay.current.then(async () => {
        if (ask !== asked.current) return;
        answering.current = true;
        try {
          const request = sliceRequest(window, filters, selectedId);
          const [slice, facets] = await Promise.all([source.slice(request), source.facetsBeforeActors(filters)]);
          if (ask !== asked.current) return;
          // Once the screen is painted, the engine makes ready for the reader's next step: on a window
          // too full to draw, it warms up (a few MB read in the background at a million), then reads
          // the search files' footers (about 1 MB). Not when the reader's browser asks to save data.
          afterPaint(() => {
            if (savingData()) return;
            if (slice.periods.length > 0) source.warmUp(request);
            source.readSearchFooters();
          });
          // Until the engine has counted the actors (the actor picker's counts), the last counts stay.
          setLoaded((last) => ({ slice, facets: { ...facets, actorCounts: facets.actorCounts ?? last?.facets.actorCounts ?? new Map() }, key }));
          if (facets.actorCounts) return;
          // Not waited for by the next question: the engine answers in turn anyway.
          void source
            .actorFacet(filters)
            .then((actorCounts) => ask === asked.current && setLoaded((last) => (last?.key === key ? { ...last, facets: { ...last.facets, actorCounts } } : last)))
            .catch(fail);
        } catch (failure) {
          await fail(failure);
        } finally {
          answering.current = false;
        }
      });
    };
    if (!typing || !oneKeystroke(askedQ.current, q)) {
      run();
      return;
    }
    const timer = setTimeout(run, SETTLE_MS);
    return () => clearTimeout(timer);
    // selectedId: an event opened by a link outside the window is fetched with it.
  }, [source, window, types, actors, q, corroboration, selectedId, key]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const inView = useCallback((): ViewEvents | null => {
    if (!source || window === null) return null;
    const filters = { types, actors, q, corroboration };
    const { start, end } = fromViewWindow(window);
    return {
      count: () => source.countInView(filters, start, end),
      batches: (signal) => source.eventsInView(filters, start, end, { signal }),
    };
  }, [source, window, types, actors, q, corroboration]);
  const counts = useMemo(() => {
    if (!source || window === null) return null;
    const filters = { types, actors, q, corroboration };
    const { start, end } = fromViewWindow(window);
    return { key: JSON.stringify([source.manifest.version, window, types, actors, q, corroboration]), ask: () => source.countsInView(filters, start, end) };
  }, [source, window, types, actors, q, corroboration]);
  // No closure here holds `data`: callbacks kept from the first render (retry, the small form's actor)
  // share its closures' context, and would keep a first dataset the page has since replaced (the outline).
  const largeActors = source ? data.index.actors : null;
  const windowIndex = useMemo(() => {
    if (!source || !loaded || !largeActors) return null;
    const events = loaded.slice.events;
    const present = new Set(source.overview.types.map(({ type }) => type));
    const types = EVENT_TYPE_IDS.filter((type) => present.has(type));
    return withCounts(buildIndex({ version: source.manifest.version, actors: largeActors.slice(), events }), loaded.facets, types);
  }, [source, loaded, largeActors]);
  const index = windowIndex ?? data.index;
  const actor = useMemo(
    () =>
      source
        ? { events: (id: string, limit: number, signal?: AbortSignal) => source.actorEvents(id, limit, signal), total: (id: string) => source.actorTotal(id) }
        : { events: async () => [], total: () => 0 },
    [source],
  );
  const density = useMemo(() => source?.density(types), [source, types]);
  const large = useMemo<LargeView | null>(
    () =>
      source && {
        total: source.manifest.events,
        levels: source.hasLevels,
        extent: source.extent(),
        density: density!,
        matching: loaded?.facets.matching ?? null,
        inWindow: loaded?.slice.visible ?? null,
        periods: loaded?.slice.periods ?? [],
        loading: loaded?.key !== key && failed?.key !== key,
        error: failed?.key === key ? failed.message : null,
        opened,
        updated,
        retry,
        inView,
        counts,
        actor,
      },
    [source, density, loaded, key, failed, opened, updated, retry, inView, counts, actor],
  );
  return { index, large };
}
