/**
 * Baseline page: PLAIN vis-timeline on the app's published dataset, for `npm run bench`.
 * It fetches data/events.json (relative to the page, like the app), converts each event
 * to a vis item, binds a Timeline to a DataView over a DataSet, fits the window to the
 * data and exposes window.__bench for the runner. Query: ?type=&actor=&q= (what the filters keep);
 * ?cluster=1 adds `cluster: true` to the Timeline options (the clustered variant; filters are the
 * same DataView filter + refresh).
 * All times are performance.now(), i.e. ms since navigation start.
 */
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { actorSearchText, searchText, tokens } from '../../../scripts/synthetic/fold';
import type { BaselineApi, BootResult, OpName, OpResult } from '../types';

/** The fields of the published format this page reads. */
interface PublishedEvent {
  id: string;
  date: string;
  endDate?: string;
  type: string;
  title: string;
  summary: string;
  location?: string;
  actors: string[];
}
interface PublishedActor {
  id: string;
  name: string;
  aliases: string[];
}
interface Published {
  version: string;
  actors: PublishedActor[];
  events: PublishedEvent[];
}
interface Item extends DataItem {
  id: string;
  start: number;
  end?: number;
  content: string;
  className: string;
}

const params = new URLSearchParams(location.search);
const KEEP_TYPE = params.get('type') ?? 'sentence';
const ACTOR = params.get('actor') ?? '';
const QUERY = params.get('q') ?? 'Minsk';
const CLUSTER = params.get('cluster') === '1';
const DAY = 86_400_000;

const marks: Record<string, number> = {};
const mark = (name: string) => {
  marks[name] = performance.now();
};
mark('scriptStart');

const afterFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' → [first instant, exclusive end] in UTC ms. */
function period(text: string): [number, number] {
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  const start = Date.UTC(y, m - 1, d);
  return [start, start + DAY];
}

/** Day-precise events are points; month or year precision spans the period, like the app. */
function toItem(event: PublishedEvent): Item {
  const [start, dayEnd] = period(event.date);
  const end = event.endDate ? period(event.endDate)[1] : event.date.length < 10 ? dayEnd : undefined;
  const item: Item = { id: event.id, start, content: event.title, className: event.type };
  if (end !== undefined) item.end = end;
  return item;
}

// Filter state read by the DataView's filter function.
const state: { type: string | null; actor: string | null; tokens: string[] } = { type: null, actor: null, tokens: [] };
const actorsOf = new Map<string, readonly string[]>();
const textOf = new Map<string, string>();
function keep(item: Item): boolean {
  if (state.type !== null && item.className !== state.type) return false;
  if (state.actor !== null && !actorsOf.get(item.id)?.includes(state.actor)) return false;
  if (state.tokens.length) {
    const text = textOf.get(item.id) ?? '';
    for (const token of state.tokens) if (!text.includes(token)) return false;
  }
  return true;
}

const container = document.getElementById('timeline')!;
let timeline!: Timeline;
let view!: DataView<Item, 'id'>;

const items = () => container.querySelectorAll('.vis-item').length;

/** Run an action and wait until the timeline has redrawn ('changed') and that frame is painted. */
function measure(action: () => void): Promise<OpResult> {
  return new Promise((resolve) => {
    let changes = 0;
    const onChanged = () => {
      changes++;
    };
    timeline.on('changed', onChanged);
    const t0 = performance.now();
    action();
    void (async () => {
      let seen = 0;
      let first: number | null = null;
      let settled = t0;
      let frames = 0;
      for (;;) {
        const t = await afterFrame();
        frames++;
        if (changes !== seen) {
          seen = changes;
          settled = t; // the frame in which the last 'changed' happened is painted
          first ??= t;
          continue;
        }
        if (changes > 0 || frames >= 600) break; // one quiet frame after the last redraw (or nothing redrew)
      }
      timeline.off('changed', onChanged);
      resolve({
        ms: settled - t0,
        settledMs: settled - t0,
        count: view.length,
        items: items(),
        frames,
        domNodes: document.getElementsByTagName('*').length,
        ...(first === null ? {} : { firstMs: first - t0 }),
      });
    })();
  });
}

const refresh = (patch: Partial<typeof state>) => () => {
  Object.assign(state, patch);
  view.refresh();
};
const ops: Record<OpName, () => Promise<OpResult>> = {
  type: () => measure(refresh({ type: KEEP_TYPE })),
  typeRestore: () => measure(refresh({ type: null })),
  actor: () => measure(refresh({ actor: ACTOR })),
  actorRestore: () => measure(refresh({ actor: null })),
  search: () => measure(refresh({ tokens: tokens(QUERY) })),
  searchRestore: () => measure(refresh({ tokens: [] })),
  zoom: () => measure(() => timeline.setWindow(Date.UTC(2023, 5, 1), Date.UTC(2023, 6, 1), { animation: false })),
  // moveTo keeps the 30-day span: 2024-03-01..2024-03-31, the app's pan window.
  pan: () => measure(() => timeline.moveTo(Date.UTC(2024, 2, 16), { animation: false })),
};

async function boot(): Promise<BootResult> {
  const response = await fetch(new URL('data/events.json', document.baseURI), { cache: 'no-cache' });
  const text = await response.text();
  mark('fetched');
  const dataset = JSON.parse(text) as Published;
  mark('parsed');
  const data = new DataSet<Item, 'id'>(dataset.events.map(toItem));
  view = new DataView<Item, 'id'>(data, { filter: keep });
  mark('dataset');
  await new Promise<void>((resolve) => {
    const options: TimelineOptions = { height: '600px', onInitialDrawComplete: () => resolve() };
    // vis-timeline's option validator takes a boolean here (cluster.__type__: boolean | object; true = defaults,
    // maxItems 1); its typings only list the object form.
    if (CLUSTER) (options as { cluster?: unknown }).cluster = true;
    timeline = new Timeline(container, view, options);
    mark('constructed');
  });
  mark('initialDrawComplete');
  marks.rendered = await afterFrame();
  const atRender = {
    domNodes: document.getElementsByTagName('*').length,
    items: items(),
    ...(CLUSTER ? { clusters: container.querySelectorAll('.vis-cluster').length } : {}),
  };
  if (CLUSTER) {
    // Under load the initial draw sometimes runs before the timeline knows its width: it then draws every
    // item unclustered and clusters them in a later redraw. Note when clusters are first painted (not timed
    // in the headline, which is onInitialDrawComplete for both baselines).
    let frames = 0;
    while (!container.querySelector('.vis-cluster') && frames++ < 300) await afterFrame();
    if (container.querySelector('.vis-cluster')) marks.clustersShown = frames ? performance.now() : marks.rendered;
  }
  const boot: BootResult = {
    marks,
    ...atRender,
    count: view.length,
    crossOriginIsolated: self.crossOriginIsolated,
    jsonBytes: text.length,
  };
  // Not timed: what the filters look up, as the app's index has it.
  const actorText = new Map(dataset.actors.map((a) => [a.id, actorSearchText(a)]));
  for (const event of dataset.events) {
    actorsOf.set(event.id, event.actors);
    textOf.set(event.id, searchText(event, actorText));
  }
  mark('prepared');
  return boot;
}

const api: BaselineApi = { ready: boot(), run: (op) => ops[op]() };
(window as unknown as { __bench: BaselineApi }).__bench = api;
