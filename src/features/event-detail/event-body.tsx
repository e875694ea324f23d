import type { RefObject } from 'react';
import { CORROBORATION_LEVELS, corroborationOf } from '../../domain/corroboration';
import { formatFigure } from '../../domain/figures';
import { formatRange } from '../../domain/partial-date';
import type { TimelineEvent } from '../../domain/schema';
import { figureLabel } from '../../components/ui/figures';
import { TypeBadge } from '../../components/ui/type-badge';
import { useDatasetIndex } from '../../state/dataset-context';
import { useActorFilter, useViewActions } from '../../state/store-context';
import { SourceList } from './source-list';
import { Uncertainty } from './uncertainty';

/** Who made the count, as the sources say: an organisation, a person quoting it, or no one named. */
function countedByText(event: TimelineEvent, name: (id: string) => string): string {
  if (event.countedBy) return `Counted by ${name(event.countedBy)}.`;
  if (event.quotedBy) return `Quoted by ${name(event.quotedBy)}; the source names no counting organisation.`;
  return 'The source names no counting organisation.';
}

interface EventBodyProps {
  event: TimelineEvent;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function EventBody({ event, headingRef }: EventBodyProps) {
  const index = useDatasetIndex();
  const { actorToggled } = useViewActions();
  const activeActors = useActorFilter();
  const figures = Object.entries(event.figures ?? {});

  return (
    <article>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <TypeBadge type={event.type} />
        <time dateTime={event.date} className="font-medium">
          {formatRange(event.date, event.endDate)}
        </time>
        {event.inAbsentia && <span className="chip">in absentia</span>}
        <span className="chip" title="Derived from the sources: how many, and from how many publishers">
          {CORROBORATION_LEVELS[corroborationOf(event)]}
        </span>
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="detail-title mt-2 text-xl leading-snug font-semibold">
        {event.title}
      </h2>
      {event.location && <p className="mt-1 text-sm text-muted">{event.location}</p>}

      {event.actors.length > 0 && (
        <section aria-label="Actors" className="mt-3 flex flex-wrap gap-1.5">
          {event.actors.map((id) => {
            const actor = index.actor(id);
            const active = activeActors.includes(id);
            return (
              <button
                key={id}
                type="button"
                className="chip chip-button"
                aria-pressed={active}
                title={active ? 'Remove this actor from the filter' : 'Show only events with this actor'}
                onClick={() => actorToggled(id)}
              >
                <span className="clamp-2">{actor?.name ?? id}</span>
              </button>
            );
          })}
        </section>
      )}

      {figures.length > 0 && (
        <dl className="figures mt-4">
          {figures.map(([key, value]) => (
            <div key={key} className="figure">
              <dt>{figureLabel(key)}</dt>
              <dd>{formatFigure(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {(event.countedBy || event.quotedBy || (event.type === 'statistic' && event.figures?.politicalPrisoners)) && (
        <p className="mt-2 text-sm text-muted">{countedByText(event, (id) => index.actor(id)?.name ?? id)}</p>
      )}

      <p className="mt-4 leading-relaxed">{event.summary}</p>
      <Uncertainty event={event} />
      {event.note && (
        <p className="mt-3 text-sm text-muted">
          <span className="font-semibold">Curator’s note:</span> {event.note}
        </p>
      )}
      <SourceList eventId={event.id} sources={event.sources} />
    </article>
  );
}
