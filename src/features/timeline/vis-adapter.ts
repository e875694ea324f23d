/**
 * The only module that touches vis-timeline. It owns one Timeline instance:
 * created once, patched by the methods below, destroyed on `destroy()`.
 * Dataset text reaches vis-timeline only as DOM nodes built with textContent.
 */
import moment from 'moment';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { Language } from '../../domain/languages';
import { majorLabel, minorLabel } from './axis-labels';
import { aggregate, type BucketSpec, type DisplayItem } from './aggregate';
import { geometryOf, type Geometry } from './default-window';
import { buildBucket, buildContent } from './item-nodes';
import type { ItemSource, TimelineItemSpec } from './timeline-item';

export interface AdapterCallbacks {
  onSelect: (id: string | null) => void;
  /** Only for changes the user made by dragging, zooming or pinching. */
  onUserRangeChange: (start: number, end: number) => void;
  /** A count of events was activated: the caller zooms to it. */
  onBucket: (start: number, end: number) => void;
}

type VisItem = DataItem & { spec?: TimelineItemSpec; bucket?: BucketSpec; 'event-id'?: string };

const DAY = 86_400_000;

/**
 * Weeks between days and months on a narrow timeline (a phone, or beside an open panel): there a
 * month's days do not fit as labels, and without weeks vis-timeline jumps to one label a month.
 * Wide timelines keep days (weeks would also put month labels at week starts).
 */
function weekScale(widthPx: number): boolean {
  return widthPx > 0 && widthPx < 1000;
}

const EMPTY_SOURCE: ItemSource = {
  length: 0,
  longest: 0,
  start: () => 0,
  end: () => Number.NaN,
  type: () => 'other',
  spec: () => {
    throw new Error('empty source');
  },
  find: () => -1,
};

function toVisItem(item: DisplayItem): VisItem {
  if (item.kind === 'bucket') {
    const { bucket } = item;
    return {
      id: bucket.id,
      start: bucket.start,
      end: bucket.end,
      type: 'range',
      className: 'tl-bucket',
      content: '',
      bucket,
    };
  }
  const { spec } = item;
  return {
    id: spec.id,
    'event-id': spec.id,
    start: spec.start,
    end: spec.end,
    type: spec.end === undefined ? 'box' : 'range',
    className: `tl-type-${spec.type}${spec.approximate ? ' tl-approximate' : ''}${spec.conflict ? ' tl-conflict' : ''}`,
    content: '',
    spec,
  };
}

export class TimelineAdapter {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private all: ItemSource = EMPTY_SOURCE;
  private shown = new Map<string, DisplayItem>();
  private hiddenWindow: { start: number; end: number } | null = null;
  private wasHidden = false;
  private weeks = false;
  private readonly resizeObserver: ResizeObserver;
  private selected: string | null = null;
  private lang: Language = 'en';

  constructor(
    container: HTMLElement,
    private readonly callbacks: AdapterCallbacks,
  ) {
    const options: TimelineOptions = {
      // Calendar dates are UTC midnights: draw the axis in UTC so no time zone moves a day.
      moment: (date: moment.MomentInput) => moment(date).utc(),
      height: '100%',
      stack: true,
      verticalScroll: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      zoomMin: DAY * 2,
      showWeekScale: (this.weeks = weekScale(container.clientWidth)),
      // A box starts at its date and its label runs right, like a span's: nothing spills back
      // over the window's left edge (default-window.ts counts on it).
      align: 'left',
      // Axis labels by Intl in the interface's language (moment has no locales here, and none is needed).
      // vis-timeline passes a moment (typed as Date): valueOf() is its instant either way.
      format: {
        minorLabels: (date: Date, scale: string) => minorLabel(date.valueOf(), scale, this.lang),
        majorLabels: (date: Date, scale: string) => majorLabel(date.valueOf(), scale, this.lang, this.weeks),
      },
      zoomMax: DAY * 365 * 120,
      margin: { item: { horizontal: 4, vertical: 6 } },
      dataAttributes: ['event-id'],
      template: (item?: VisItem) =>
        item?.spec ? buildContent(item.spec) : item?.bucket ? buildBucket(item.bucket) : document.createElement('span'),
      xss: { disabled: false },
      tooltip: { followMouse: false, overflowMethod: 'cap' },
    };
    this.timeline = new Timeline(container, this.items, options);
    this.timeline.on('select', this.handleSelect);
    this.timeline.on('rangechanged', this.handleRangeChanged);
    this.timeline.on('changed', this.handleChanged);
    container.addEventListener('keydown', this.handleKeyDown);
    this.container = container;
    // The Timeline measures its container; tell it when the layout changes size (a panel opens, a
    // phone's hidden tab is shown), and switch week steps on or off with the width.
    this.resizeObserver = new ResizeObserver(() => {
      const weeks = weekScale(this.container.clientWidth);
      if (weeks !== this.weeks) this.timeline.setOptions({ showWeekScale: (this.weeks = weeks) });
      if (this.container.clientWidth > 0 && this.wasHidden) {
        // vis-timeline counts the redraws that change a size and stops after five, and the count
        // grows while it is hidden: its first visible draw would stop half done (axis without labels).
        (this.timeline as unknown as { redrawCount: number }).redrawCount = 0;
      }
      this.wasHidden = this.container.clientWidth === 0;
      this.render();
      this.timeline.redraw();
    });
    this.resizeObserver.observe(container);
  }

  private periods: readonly BucketSpec[] = [];
  private readonly container: HTMLElement;

  private handleSelect = (props: { items: (string | number)[] }) => {
    const id = props.items[0] === undefined ? null : String(props.items[0]);
    const shown = id ? this.shown.get(id) : undefined;
    if (shown?.kind === 'bucket') {
      this.timeline.setSelection(this.selected ? [this.selected] : []);
      this.callbacks.onBucket(shown.bucket.start, shown.bucket.end);
      return;
    }
    this.selected = id;
    this.callbacks.onSelect(id);
  };

  /**
   * vis-timeline fits all items on its first draw, which a hidden timeline (a phone's other tab)
   * only makes once shown: a window set before then is set again after it.
   */
  private handleChanged = () => {
    const hidden = this.hiddenWindow;
    if (hidden && this.container.clientWidth > 0) this.setWindow(hidden.start, hidden.end);
  };

  private handleRangeChanged = (props: { start: Date; end: Date; byUser: boolean }) => {
    this.render();
    if (props.byUser) this.callbacks.onUserRangeChange(props.start.valueOf(), props.end.valueOf());
  };

  /** Puts in the DataSet exactly what the window can show, by diff against what is there. */
  private render(): void {
    const window = this.timeline.getWindow();
    const { widthPx, bucketPx, perBucket } = this.geometry();
    const folded = aggregate(this.all, {
      windowStart: window.start.valueOf(),
      windowEnd: window.end.valueOf(),
      widthPx,
      bucketPx,
      maxPerBucket: perBucket,
      keepId: this.selected,
    });
    const display = this.periods.length ? [...folded, ...this.periods.map((bucket): DisplayItem => ({ kind: 'bucket', bucket }))] : folded;
    const next = new Map(display.map((item) => [item.kind === 'event' ? item.spec.id : item.bucket.id, item]));
    const removed = [...this.shown.keys()].filter((id) => !next.has(id));
    const added: DisplayItem[] = [];
    for (const [id, item] of next) {
      const before = this.shown.get(id);
      const same =
        before &&
        (before.kind === 'event'
          ? item.kind === 'event' && before.spec === item.spec
          : item.kind === 'bucket' && before.bucket.count === item.bucket.count);
      if (!same) added.push(item);
    }
    if (removed.length) this.items.remove(removed);
    if (added.length) this.items.update(added.map(toVisItem));
    this.shown = next;
    // vis-timeline forgets the selection of items it re-creates; say it again.
    if (added.length || removed.length) this.timeline.setSelection(this.selected && next.has(this.selected) ? [this.selected] : []);
  }

  /**
   * How items are folded at this size. Read now, not kept from the ResizeObserver: a change that
   * also opens or closes a panel must be drawn at the new width at once.
   */
  private geometry(): Geometry {
    return geometryOf(this.container);
  }

  /** Enter or Space on a focused item selects it, for keyboard users. */
  private handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as HTMLElement | null;
    const host = target?.closest<HTMLElement>('.vis-item');
    const id = host?.getAttribute('data-event-id') ?? target?.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    if (id && this.all.find(id) >= 0) {
      event.preventDefault();
      this.callbacks.onSelect(id);
      return;
    }
    const bucket = this.shown.get(target?.closest<HTMLElement>('[data-bucket-id]')?.dataset.bucketId ?? '');
    if (bucket?.kind === 'bucket') {
      event.preventDefault();
      this.callbacks.onBucket(bucket.bucket.start, bucket.bucket.end);
    }
  };

  /** Periods counted elsewhere (a large dataset's engine), drawn as counts beside the events. */
  setPeriods(periods: readonly BucketSpec[]): void {
    this.periods = periods;
    this.render();
  }

  /** The events to draw (all that pass the filters); what is drawn depends on the window. */
  setItems(source: ItemSource): void {
    this.all = source;
    this.render();
    this.timeline.setSelection(this.selected && this.all.find(this.selected) >= 0 ? [this.selected] : []);
  }

  setSelection(id: string | null): void {
    this.selected = id;
    this.render();
    this.timeline.setSelection(id && this.all.find(id) >= 0 ? [id] : []);
  }

  /** The interface's language: the axis labels and the item labels follow it. */
  setLanguage(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    // Counted periods keep their id across languages: drop them so they are drawn again in the new words.
    const buckets = [...this.shown].filter(([, item]) => item.kind === 'bucket').map(([id]) => id);
    for (const id of buckets) this.shown.delete(id);
    if (buckets.length) this.items.remove(buckets);
    this.render();
    this.timeline.redraw();
  }

  getWindow(): { start: number; end: number } {
    const window = this.timeline.getWindow();
    return { start: window.start.valueOf(), end: window.end.valueOf() };
  }

  setWindow(start: number, end: number): void {
    this.hiddenWindow = this.container.clientWidth === 0 ? { start, end } : null;
    this.timeline.setWindow(start, end, { animation: false });
    this.render();
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.container.removeEventListener('keydown', this.handleKeyDown);
    this.timeline.off('select', this.handleSelect);
    this.timeline.off('rangechanged', this.handleRangeChanged);
    this.timeline.off('changed', this.handleChanged);
    this.timeline.destroy();
  }
}
