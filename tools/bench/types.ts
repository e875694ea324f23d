/** Shapes shared by the runner (Node), the app probe and the baseline page (both in the browser). Types only. */

/** The timed interactions, in the order they run in one page load. */
export const OP_NAMES = ['type', 'typeRestore', 'actor', 'actorRestore', 'search', 'searchRestore', 'zoom', 'pan'] as const;
export type OpName = (typeof OP_NAMES)[number];
/**
 * app = the app's production build; baseline = plain vis-timeline on a DataView over a DataSet;
 * clustered = the same page with `cluster: true` in the Timeline options (the target configuration).
 */
export const VARIANT_NAMES = ['app', 'baseline', 'clustered'] as const;
export type VariantName = (typeof VARIANT_NAMES)[number];

/** After the first render. Every time is performance.now(), i.e. ms since navigation start. */
export interface BootResult {
  marks: Record<string, number>;
  /** document.getElementsByTagName('*').length when rendered. */
  domNodes: number;
  /** .vis-item elements in the timeline (events and period counts, or clusters) when rendered. */
  items: number;
  /** Clustered baseline only: .vis-cluster elements when rendered. */
  clusters?: number;
  /** Events the page says it shows (the app's status line; the baseline's DataView length). */
  count: number | null;
  crossOriginIsolated: boolean;
  jsonBytes?: number;
}

export interface OpResult {
  /** Headline: action → the frame that shows the change has been painted (see README). */
  ms: number;
  /** Action → the last frame in which the timeline changed has been painted (confirmed by one quiet frame). */
  settledMs: number;
  /** Trusted input only: event timestamp → our capture listener (input delay). */
  inputDelayMs?: number;
  /** Events shown afterwards (status line / DataView length). */
  count: number | null;
  /** .vis-item elements afterwards. */
  items: number;
  /** Frames waited while settling. */
  frames: number;
  /** Elements in the page once settled. */
  domNodes?: number;
  /** Baseline only: action → the frame of the first 'changed' event painted. */
  firstMs?: number;
}

/** Query parameters and facts both pages need for the same interactions. */
export interface Scenario {
  n: number;
  type: string; // event type id kept by the type filter
  typeLabel: string; // its label in the app's checkbox
  actorId: string;
  actorName: string;
  query: string;
  zoom: { from: string; to: string };
  pan: { from: string; to: string };
}

export interface ProbeApi {
  /** Resolves at the first complete render (status shows N of N, timeline visible with a .vis-item) + one frame. */
  rendered: Promise<BootResult>;
  /** Prepare to time the next trusted 'click' or 'input' until the status line changes. */
  arm(trigger: 'click' | 'input'): void;
  /** Push a URL query and fire popstate (Back/Forward path), timed until the time axis changes and the timeline settles. */
  navigate(search: string): void;
  pending: Promise<OpResult> | null;
}

export interface BaselineApi {
  ready: Promise<BootResult>;
  run(op: OpName): Promise<OpResult>;
}
