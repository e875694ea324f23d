import { Fragment } from 'react';
import { publisherName } from '../../domain/actor-names';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Filters } from '../../domain/filters';
import { formatPartialDate, formatRange } from '../../domain/partial-date';
import type { Source, TimelineEvent } from '../../domain/schema';
import type { ViewWindow } from '../../state/view-state';
import { QrCode } from './qr-code';
import { describeView } from './view-summary';
import './chronology.css';
import { localizedText, sourceLanguage } from '../../domain/localized-event';
import { useI18n } from '../../i18n/i18n';

export interface ChronologyProps {
  index: DatasetIndex;
  /** The events of the view, in date order (as the selectors give them). */
  events: readonly TimelineEvent[];
  filters: Filters;
  window: ViewWindow | null;
  link: string;
  printedOn: string;
}

function SourceEntry({ source, index }: { source: Source; index: DatasetIndex }) {
  const { t, lang } = useI18n();
  // On paper as in the panel: the publisher's name in the reader's language where it is an actor with one.
  const publisher = publisherName(
    source.publisher,
    source.publisherActor ? index.actor(source.publisherActor) : undefined,
    lang,
    sourceLanguage(source),
  );
  return (
    <li className="chronology-source">
      <p>
        {publisher.text}, “{source.headline}”,{' '}
        {source.published ? t('print.published', { date: formatPartialDate(source.published, lang) }) : t('print.notDated')}
        {source.url ? `, ${source.url}` : ''} · {t('print.document', { id: source.document })}
      </p>
      <blockquote lang={sourceLanguage(source)}>{source.quote}</blockquote>
    </li>
  );
}

function EventEntry({ event, index }: { event: TimelineEvent; index: DatasetIndex }) {
  const { t, lang } = useI18n();
  const text = localizedText(event, lang);
  return (
    <li className="chronology-event">
      <p className="chronology-meta">
        <span className="chronology-date">{formatRange(event.date, event.endDate, lang)}</span> · {t(`type.${event.type}`)}
        {event.location ? ` · ${event.location}` : ''}
      </p>
      <h2 lang={text.lang}>{text.title}</h2>
      <p lang={text.lang}>{text.summary}</p>
      {text.translated && <p className="chronology-note">{t('detail.translatedFromEnglish')}</p>}
      {event.note && (
        <p className="chronology-note">
          {t('print.dateNote')} <span lang="en">{event.note}</span>
        </p>
      )}
      <h3>{event.sources.length === 1 ? t('sources.one') : t('sources.several', { count: event.sources.length })}</h3>
      <ol>
        {event.sources.map((source, i) => (
          <SourceEntry key={i} source={source} index={index} />
        ))}
      </ol>
    </li>
  );
}

/** The current view as a printable chronology: drawn only while printing, never on screen. */
export function Chronology({ index, events, filters, window, link, printedOn }: ChronologyProps) {
  const { t, lang } = useI18n();
  return (
    <article className="print-chronology" aria-label={t('print.label')}>
      <header className="chronology-head">
        <div>
          <h1>{t('site.title')}</h1>
          <p>{t('print.head', { count: events.length, version: index.version, printedOn })}</p>
          <dl>
            {describeView(index, filters, window, t, lang).map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
          <p className="chronology-link">
            {t('print.online')} <span>{link}</span>
          </p>
        </div>
        <QrCode text={link} label={t('print.qr')} />
      </header>
      {events.length === 0 ? (
        <p>{t('print.empty')}</p>
      ) : (
        <ol className="chronology-events">
          {events.map((event) => (
            <EventEntry key={event.id} event={event} index={index} />
          ))}
        </ol>
      )}
    </article>
  );
}
