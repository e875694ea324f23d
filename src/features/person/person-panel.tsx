import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { localizedName, otherSpellings, publisherName } from '../../domain/actor-names';
import type { Source, TimelineEvent } from '../../domain/schema';
import { EVENT_TYPES } from '../../domain/event-types';
import { localizedText, sourceLanguage } from '../../domain/localized-event';
import { formatPartialDate, formatRange } from '../../domain/partial-date';
import { ShowMore } from '../../components/ui/show-more';
import { useI18n } from '../../i18n/i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLargeView } from '../../state/large-view';
import { useViewActions } from '../../state/store-context';

/** Rows drawn at first and per "Show more": an actor of a large archive can have hundreds. */
const PROFILE_PAGE = 25;

const NO_EVENTS: readonly TimelineEvent[] = [];

/** One actor's own story: every event naming them in date order, every spelling, every source. */
export function PersonPanel({ actorId }: { actorId: string }) {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const { eventSelected, actorToggled } = useViewActions();
  const actor = index.actor(actorId);
  // Keyed by actor in the parent, so another actor starts from the first page again.
  const [eventRows, setEventRows] = useState(PROFILE_PAGE);
  const [sourceRows, setSourceRows] = useState(PROFILE_PAGE);
  // A large dataset's index holds the window only: the actor's events come from its engine, a page at a time.
  const large = useLargeView();
  const fromEngine = useQuery({
    queryKey: ['large-actor', index.version, actorId, eventRows],
    // Aborted once nobody shows this actor: the engine stops looking between stretches of the file.
    queryFn: ({ signal }) => large!.actor.events(actorId, eventRows, signal),
    // After the window's own question: the engine answers one at a time, and the timeline comes first.
    enabled: large !== null && !large.loading,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  const all = useMemo(() => (large ? null : index.eventsOfActor(actorId)), [large, index, actorId]);
  const events = all ?? fromEngine.data ?? NO_EVENTS;
  const total = large ? large.actor.total(actorId) : events.length;
  const sources = useMemo(() => {
    const seen = new Map<string, Source>();
    for (const event of events) for (const s of event.sources) seen.set(`${s.document}|${s.headline}`, s);
    return [...seen.values()];
  }, [events]);
  if (!actor) return null;
  const name = localizedName(actor, lang);
  const spellings = otherSpellings(actor, lang);

  return (
    <aside aria-label={t('person.profileOf', { name: name.text })} className="detail-panel">
      <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2">
        <span className="text-xs font-semibold tracking-wide text-muted uppercase">{t(`actorKind.${actor.kind}`)}</span>
        <button
          type="button"
          className="btn-icon"
          aria-label={t('person.stopFiltering', { name: name.text })}
          onClick={() => actorToggled(actorId)}
        >
          ×
        </button>
      </div>
      <div className="detail-scroll">
        <h2 className="detail-title text-xl font-semibold" lang={name.lang}>
          {name.text}
        </h2>
        {spellings.length > 0 && (
          <p className="mt-1 text-sm">
            <span className="text-muted">{t('person.alsoWritten')} </span>
            {spellings.join(' · ')}
          </p>
        )}
        <h3 className="detail-subheading mt-4">{t('person.events', { count: total })}</h3>
        {large && fromEngine.isPending && <p className="text-xs text-muted">{t('person.reading')}</p>}
        {large && fromEngine.isError && (
          <p role="alert" className="text-xs">
            {t('large.failed', { reason: fromEngine.error.message })}{' '}
            <button type="button" className="btn-quiet" onClick={() => void fromEngine.refetch()}>
              {t('load.retry')}
            </button>
          </p>
        )}
        <ol className="mt-2 border-l-2 border-line pl-3">
          {events.slice(0, eventRows).map((event) => {
            const meta = EVENT_TYPES[event.type];
            const text = localizedText(event, lang);
            return (
              <li key={event.id} className="relative mb-3">
                <span
                  className="absolute top-1.5 -left-[1.1rem] h-3 w-3 rounded-full border-2 border-white"
                  style={{ background: meta.color }}
                  aria-hidden="true"
                />
                <p className="text-xs text-muted">
                  {formatRange(event.date, event.endDate, lang)} · {t(`type.${event.type}`)}
                </p>
                <button type="button" lang={text.lang} className="link text-left text-sm" onClick={() => eventSelected(event.id)}>
                  {text.title}
                </button>
              </li>
            );
          })}
        </ol>
        <ShowMore
          shown={Math.min(eventRows, events.length)}
          total={total}
          page={PROFILE_PAGE}
          what="events"
          onMore={() => setEventRows((n) => n + PROFILE_PAGE)}
        />
        <h3 className="detail-subheading mt-4">
          {large ? t('person.sourcesListed', { count: sources.length }) : t('person.sources', { count: sources.length })}
        </h3>
        <ul className="mt-2 space-y-2 text-sm">
          {sources.slice(0, sourceRows).map((s) => (
            <li key={`${s.document}|${s.headline}`}>
              <Publisher source={s} />, <span lang={sourceLanguage(s)}>{s.headline}</span>
              <span className="text-xs text-muted"> {s.published ? `(${formatPartialDate(s.published, lang)})` : ''}</span>
            </li>
          ))}
        </ul>
        <ShowMore
          shown={sourceRows}
          total={sources.length}
          page={PROFILE_PAGE}
          what="sources"
          onMore={() => setSourceRows((n) => n + PROFILE_PAGE)}
        />
      </div>
    </aside>
  );
}

function Publisher({ source }: { source: Source }) {
  const { lang } = useI18n();
  const index = useDatasetIndex();
  const actor = source.publisherActor ? index.actor(source.publisherActor) : undefined;
  const name = publisherName(source.publisher, actor, lang, sourceLanguage(source));
  return (
    <span className="font-semibold" lang={name.lang}>
      {name.text}
    </span>
  );
}
