import type { Actor, TimelineEvent } from './schema';

/** A problem found in one record, named so a curator can go straight to it. */
export interface RecordProblem {
  record: string;
  field: string;
  message: string;
}

type CheckedEvent = Pick<TimelineEvent, 'id' | 'actors' | 'countedBy' | 'quotedBy'> & {
  sources?: readonly Pick<TimelineEvent['sources'][number], 'publisherActor'>[];
};

/**
 * The checks that need the whole dataset, one event at a time, so a file too large to hold can be
 * checked as it streams: ids are unique, and every actor an event names (in actors, countedBy,
 * quotedBy, a source's publisherActor) exists. `actorProblems` holds what was wrong with the actors themselves.
 */
export function crossRecordChecker(actors: readonly Pick<Actor, 'id'>[]): {
  actorProblems: RecordProblem[];
  checkEvent: (event: CheckedEvent) => RecordProblem[];
} {
  const actorProblems: RecordProblem[] = [];
  const actorIds = new Set<string>();
  for (const actor of actors) {
    if (actorIds.has(actor.id)) {
      actorProblems.push({ record: `actor ${actor.id}`, field: 'id', message: 'duplicate actor id' });
    }
    actorIds.add(actor.id);
  }
  const eventIds = new Set<string>();
  const checkEvent = (event: CheckedEvent): RecordProblem[] => {
    const problems: RecordProblem[] = [];
    if (eventIds.has(event.id)) {
      problems.push({ record: `event ${event.id}`, field: 'id', message: 'duplicate event id' });
    }
    eventIds.add(event.id);
    event.actors.forEach((actorId, index) => {
      if (!actorIds.has(actorId)) {
        problems.push({
          record: `event ${event.id}`,
          field: `actors[${index}]`,
          message: `unknown actor id "${actorId}"`,
        });
      }
    });
    for (const field of ['countedBy', 'quotedBy'] as const) {
      const actorId = event[field];
      if (actorId !== undefined && !actorIds.has(actorId)) {
        problems.push({ record: `event ${event.id}`, field, message: `unknown actor id "${actorId}"` });
      }
    }
    event.sources?.forEach((source, index) => {
      if (source.publisherActor !== undefined && !actorIds.has(source.publisherActor)) {
        problems.push({
          record: `event ${event.id}`,
          field: `sources[${index}].publisherActor`,
          message: `unknown actor id "${source.publisherActor}"`,
        });
      }
    });
    return problems;
  };
  return { actorProblems, checkEvent };
}

/**
 * Checks that need the whole dataset (schema checks see one record at a time):
 * ids are unique, and every actor an event names (in actors, countedBy, quotedBy) exists.
 */
export function findCrossRecordProblems(actors: readonly Pick<Actor, 'id'>[], events: readonly CheckedEvent[]): RecordProblem[] {
  const { actorProblems, checkEvent } = crossRecordChecker(actors);
  return [...actorProblems, ...events.flatMap(checkEvent)];
}
