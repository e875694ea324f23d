import { Fragment } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import { EVENT_TYPES } from '../../domain/event-types';
import type { Filters } from '../../domain/filters';
import { formatPartialDate, formatRange } from '../../domain/partial-date';
import type { Source, TimelineEvent } from '../../domain/schema';
import { SITE_TITLE } from '../../domain/links';
import type { ViewWindow } from '../../state/view-state';
import { QrCode } from './qr-code';
import { describeView } from './view-summary';
import './chronology.css';

export interface ChronologyProps {
  index: DatasetIndex;
  /** The events of the view, in date order (as the selectors give them). */
  events: readonly TimelineEvent[];
  filters: Filters;
  window: ViewWindow | null;
  link: string;
  printedOn: string;
}

function SourceEntry({ source }: { source: Source }) {
  return (
    <li className="chronology-source">
      <p>
        {source.publisher}, “{source.headline}”,{' '}
        {source.published ? `published ${formatPartialDate(source.published)}` : 'publication date not stated'}
        {source.url ? `, ${source.url}` : ''} · document {source.document}
      </p>
      <blockquote>{source.quote}</blockquote>
    </li>
  );
}

function EventEntry({ event }: { event: TimelineEvent }) {
  return (
    <li className="chronology-event">
      <p className="chronology-meta">
        <span className="chronology-date">{formatRange(event.date, event.endDate)}</span> · {EVENT_TYPES[event.type].label}
        {event.location ? ` · ${event.location}` : ''}
      </p>
      <h2>{event.title}</h2>
      <p>{event.summary}</p>
      {event.note && <p className="chronology-note">Date note: {event.note}</p>}
      <h3>{event.sources.length === 1 ? 'Source' : `Sources (${event.sources.length})`}</h3>
      <ol>
        {event.sources.map((source, i) => (
          <SourceEntry key={i} source={source} />
        ))}
      </ol>
    </li>
  );
}

/** The current view as a printable chronology: drawn only while printing, never on screen. */
export function Chronology({ index, events, filters, window, link, printedOn }: ChronologyProps) {
  const count = `${events.length.toLocaleString('en-US')} ${events.length === 1 ? 'event' : 'events'}`;
  return (
    <article className="print-chronology" aria-label="Printed chronology">
      <header className="chronology-head">
        <div>
          <h1>{SITE_TITLE}</h1>
          <p>
            Chronology of {count} · dataset version {index.version} · printed {printedOn}
          </p>
          <dl>
            {describeView(index, filters, window).map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
          <p className="chronology-link">
            This view online: <span>{link}</span>
          </p>
        </div>
        <QrCode text={link} label="QR code of this view's link" />
      </header>
      {events.length === 0 ? (
        <p>No events match these filters in this time window.</p>
      ) : (
        <ol className="chronology-events">
          {events.map((event) => (
            <EventEntry key={event.id} event={event} />
          ))}
        </ol>
      )}
    </article>
  );
}
