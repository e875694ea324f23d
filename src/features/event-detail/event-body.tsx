import type { RefObject } from 'react';
import type { TFunction } from 'i18next';
import { corroborationOf } from '../../domain/corroboration';
import { localizedText } from '../../domain/localized-event';
import { formatRange } from '../../domain/partial-date';
import type { TimelineEvent } from '../../domain/schema';
import { figureLabel, formatFigureIn } from '../../components/ui/figures';
import { TypeBadge } from '../../components/ui/type-badge';
import { useActorName } from '../../state/actor-names';
import { useActorFilter, useViewActions } from '../../state/store-context';
import { useI18n } from '../../i18n/i18n';
import { SourceList } from './source-list';
import { Uncertainty } from './uncertainty';

/** Who made the count, as the sources say: an organisation, a person quoting it, or no one named. */
function countedByText(event: TimelineEvent, name: (id: string) => string, t: TFunction): string {
  if (event.countedBy) return t('detail.countedBy', { name: name(event.countedBy) });
  if (event.quotedBy) return t('detail.quotedBy', { name: name(event.quotedBy) });
  return t('detail.noCounter');
}

interface EventBodyProps {
  event: TimelineEvent;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function EventBody({ event, headingRef }: EventBodyProps) {
  const { t, lang } = useI18n();
  const text = localizedText(event, lang);
  const actorName = useActorName();
  const { actorToggled } = useViewActions();
  const activeActors = useActorFilter();
  const figures = Object.entries(event.figures ?? {});

  return (
    <article>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <TypeBadge type={event.type} />
        <time dateTime={event.date} className="font-medium">
          {formatRange(event.date, event.endDate, lang)}
        </time>
        {event.inAbsentia && <span className="chip">{t('detail.inAbsentia')}</span>}
        <span className="chip" title={t('detail.corroborationHint')}>
          {t(`corroboration.${corroborationOf(event)}`)}
        </span>
      </div>
      <h2 ref={headingRef} tabIndex={-1} lang={text.lang} className="detail-title mt-2 text-xl leading-snug font-semibold">
        {text.title}
      </h2>
      {text.translated && <p className="translated-mark mt-1 text-xs text-muted">{t('detail.translatedFromEnglish')}</p>}
      {event.location && <p className="mt-1 text-sm text-muted">{event.location}</p>}

      {event.actors.length > 0 && (
        <section aria-label={t('detail.actors')} className="mt-3 flex flex-wrap gap-1.5">
          {event.actors.map((id) => {
            const name = actorName(id);
            const active = activeActors.includes(id);
            return (
              <button
                key={id}
                type="button"
                className="chip chip-button"
                aria-pressed={active}
                title={active ? t('detail.actorRemove') : t('detail.actorOnly')}
                onClick={() => actorToggled(id)}
              >
                <span className="clamp-2" lang={name.lang}>
                  {name.text}
                </span>
              </button>
            );
          })}
        </section>
      )}

      {figures.length > 0 && (
        <dl className="figures mt-4">
          {figures.map(([key, value]) => {
            const label = figureLabel(key, lang);
            return (
              <div key={key} className="figure">
                <dt lang={label.lang}>{label.text}</dt>
                <dd>{formatFigureIn(value, lang, key)}</dd>
              </div>
            );
          })}
        </dl>
      )}
      {(event.countedBy || event.quotedBy || (event.type === 'statistic' && event.figures?.politicalPrisoners)) && (
        <p className="mt-2 text-sm text-muted">{countedByText(event, (id) => actorName(id).text, t)}</p>
      )}

      <p className="mt-4 leading-relaxed" lang={text.lang}>
        {text.summary}
      </p>
      <Uncertainty event={event} />
      {event.note && (
        <p className="mt-3 text-sm text-muted">
          <span className="font-semibold">{t('detail.curatorNote')}</span> <span lang="en">{event.note}</span>
        </p>
      )}
      <SourceList eventId={event.id} sources={event.sources} />
    </article>
  );
}
