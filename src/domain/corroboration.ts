import type { TimelineEvent } from './schema';

/** What kind of publisher a source is. Data: each source states it (data/CURATING.md says how to choose). */
export const SOURCE_KINDS = {
  news: 'News report',
  'human-rights': 'Human-rights organisation',
  official: 'Government or official',
  self: 'The person or body themselves',
  aggregator: 'Aggregator',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** How well an event is backed, derived from its sources, never typed by hand. */
export const CORROBORATION_LEVELS = {
  'one-source': 'One source',
  'several-sources': 'Several sources, one publisher',
  independent: 'Several independent publishers',
} as const;
export type CorroborationLevel = keyof typeof CORROBORATION_LEVELS;
/** For a list row, where space is short. */
export const CORROBORATION_SHORT: Record<CorroborationLevel, string> = {
  'one-source': 'one source',
  'several-sources': 'one publisher',
  independent: 'independent sources',
};
export const CORROBORATION_LEVEL_IDS = Object.keys(CORROBORATION_LEVELS) as CorroborationLevel[];

export function isCorroborationLevel(value: string): value is CorroborationLevel {
  return Object.hasOwn(CORROBORATION_LEVELS, value);
}

/**
 * One source; several from one publisher (however many articles or documents); or sources from two or
 * more publishers. Publishers are told apart by name, ignoring case and spacing.
 */
export function corroborationOf(event: Pick<TimelineEvent, 'sources'>): CorroborationLevel {
  if (event.sources.length < 2) return 'one-source';
  const publishers = new Set(event.sources.map((source) => source.publisher.trim().replace(/\s+/g, ' ').toLowerCase()));
  return publishers.size > 1 ? 'independent' : 'several-sources';
}
