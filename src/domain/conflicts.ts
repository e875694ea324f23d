import type { DatasetIndex } from './dataset-index';
import { parsePartialDate, startOf } from './partial-date';
import { figuresDisagree } from './figures';
import type { Figure, TimelineEvent } from './schema';

/** Figures that measure the same thing wherever they appear, so two values can disagree. */
const COMPARABLE_FIGURES = ['politicalPrisoners', 'journalistsImprisoned', 'tortureSurvivors'] as const;

/** Claims this close in time describe the same moment closely enough to conflict. */
const WINDOW_DAYS = 31;

export interface Conflict {
  figure: string;
  value: Figure;
  /** The other claim. */
  otherId: string;
  otherValue: Figure;
  otherDate: string;
  otherPublisher: string;
  /** The other claim's publisher as an actor, where its source names one. */
  otherPublisherActor?: string;
}

const cache = new WeakMap<DatasetIndex, ReadonlyMap<string, Conflict[]>>();

/**
 * Statistics whose claims for the same figure at nearly the same time cannot both be true
 * (figuresDisagree: 1,265 and 1,296 disagree, "over 1,300" and 1,265 too, "over 1,300" and
 * "about 1,300" do not). Both claims stay in the data, each with its source; this only
 * marks them so readers see that the sources disagree.
 */
export function findConflicts(index: DatasetIndex): ReadonlyMap<string, Conflict[]> {
  const cached = cache.get(index);
  if (cached) return cached;
  const conflicts = new Map<string, Conflict[]>();
  for (const figure of COMPARABLE_FIGURES) {
    const claims = index.events
      .filter(
        (event): event is TimelineEvent & { figures: Record<string, Figure> } =>
          event.type === 'statistic' && event.figures?.[figure] !== undefined,
      )
      .map((event) => ({ event, value: event.figures[figure]!, day: startOf(parsePartialDate(event.date)!) / 86_400_000 }))
      .sort((a, b) => a.day - b.day);
    // Sorted by day, each claim is compared only with the claims of the following month.
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length && claims[j]!.day - claims[i]!.day <= WINDOW_DAYS; j++) {
        const a = claims[i]!;
        const b = claims[j]!;
        if (!figuresDisagree(a.value, b.value)) continue;
        const note = (self: typeof a, other: typeof a): Conflict => ({
          figure,
          value: self.value,
          otherId: other.event.id,
          otherValue: other.value,
          otherDate: other.event.date,
          otherPublisher: other.event.sources[0]?.publisher ?? '',
          ...(other.event.sources[0]?.publisherActor ? { otherPublisherActor: other.event.sources[0].publisherActor } : {}),
        });
        for (const [self, other] of [
          [a, b],
          [b, a],
        ] as const) {
          const list = conflicts.get(self.event.id);
          if (list) list.push(note(self, other));
          else conflicts.set(self.event.id, [note(self, other)]);
        }
      }
    }
  }
  cache.set(index, conflicts);
  return conflicts;
}
