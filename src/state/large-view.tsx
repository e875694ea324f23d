import type { DensitySource } from '../domain/partial-date';
import { createContext, useContext, type ReactNode } from 'react';
import type { TimelineEvent } from '../domain/schema';

/** A period of the window counted, not drawn (too many events there for this zoom). */
export interface CountedPeriod {
  start: number;
  end: number;
  count: number;
  types: [string, number][];
  /** The spans that began before the window and reach into it, placed at its left edge. */
  before?: boolean;
}

/**
 * What a large dataset (one the engine reads a window at a time) adds to the index: the whole dataset's
 * counts, the window's periods when it is too dense to draw, and the state of the query on its way.
 * Null for the small form, whose index holds every event.
 */
export interface LargeView {
  /** Every event in the dataset. */
  total: number;
  /** The engine filters and counts corroboration levels (files published with the column). */
  levels: boolean;
  /** From the first event's start to the last one's day (for "Fit all"); null for an empty dataset. */
  extent: { start: number; end: number } | null;
  /** The dataset's dates with their counts, of the types filtered (the overview strip's bars and jumps). */
  density: DensitySource;
  /** Events passing the filters, in the whole dataset (null until counted). */
  matching: number | null;
  /** Events passing the filters in the window, as the status line counts them (null until counted). */
  inWindow: number | null;
  periods: readonly CountedPeriod[];
  loading: boolean;
  /** A query failed: its reason, and a way to ask again. */
  error: string | null;
  /**
   * The event a link opens, read by itself before its window (whose events come after): the panel
   * shows it at once. Null without such a link.
   */
  opened: TimelineEvent | null;
  /** The host now publishes another version: the page must reload to read it (never a mix of two). */
  updated: boolean;
  retry: () => void;
  /** The events in view (filters and window, without margins), for an export: null before the first window. */
  inView: () => ViewEvents | null;
  /** What the counts chart draws for the view, asked of the engine when the chart opens; `key` names the view. */
  counts: { key: string; ask: () => Promise<LargeCounts> } | null;
  /** One actor's events in date order, the first `limit` of them, and how many there are in all (the person view). */
  actor: { events: (actorId: string, limit: number, signal?: AbortSignal) => Promise<TimelineEvent[]>; total: (actorId: string) => number };
}

/** What the counts chart draws for a large dataset's view (see LargeSource.countsInView). */
export interface LargeCounts {
  /** Releases, pardons and sentences per month (YYYY-MM; null: known only to the year) and type. */
  monthly: { month: string | null; type: string; n: number }[];
  /** The events that carry a political-prisoner count. */
  figures: TimelineEvent[];
}

/** The events in view, counted, then read in date order a batch at a time (never all held at once). */
export interface ViewEvents {
  count: () => Promise<number>;
  batches: (signal: AbortSignal) => AsyncGenerator<TimelineEvent[]>;
}

const LargeViewContext = createContext<LargeView | null>(null);

export function LargeViewProvider({ value, children }: { value: LargeView | null; children: ReactNode }) {
  return <LargeViewContext.Provider value={value}>{children}</LargeViewContext.Provider>;
}

export function useLargeView(): LargeView | null {
  return useContext(LargeViewContext);
}
