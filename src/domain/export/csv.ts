import { CORROBORATION_LEVELS, corroborationOf, SOURCE_KINDS } from '../corroboration';
import { EVENT_TYPES } from '../event-types';
import type { Actor, TimelineEvent, SourceDocument } from '../schema';

export interface ExportContext {
  /** The share link of the view being exported. */
  viewUrl: string;
  version: string;
  actor: (id: string) => Actor | undefined;
  /** A source document's facts, carried by the JSON export for the documents its events cite. */
  document?: (id: string) => SourceDocument | undefined;
  /** Link to one event, for files that list events one by one. */
  eventUrl: (id: string) => string;
}

/** Spreadsheet apps run cells that start like formulas: make them plain text. */
function cell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = [
  'id',
  'date',
  'end_date',
  'type',
  'title',
  'summary',
  'location',
  'actors',
  'figures',
  'figure_qualifiers',
  'counted_by',
  'in_absentia',
  'corroboration',
  'source_kinds',
  'sources',
  'quotes',
  'event_link',
  'view_link',
  'dataset_version',
];

function csvRow(event: TimelineEvent, context: ExportContext): string {
  return [
    event.id,
    event.date,
    event.endDate,
    EVENT_TYPES[event.type].label,
    event.title,
    event.summary,
    event.location,
    event.actors.map((id) => context.actor(id)?.name ?? id).join('; '),
    Object.entries(event.figures ?? {})
      .map(([key, figure]) => `${key}=${figure.value}`)
      .join('; '),
    // A bare number from a file published before qualifiers has none: it claims nothing more.
    Object.entries(event.figures ?? {})
      .flatMap(([key, figure]) => (figure.qualifier ? [`${key}=${figure.qualifier}`] : []))
      .join('; '),
    event.countedBy
      ? (context.actor(event.countedBy)?.name ?? event.countedBy)
      : event.quotedBy
        ? `quoted by ${context.actor(event.quotedBy)?.name ?? event.quotedBy}`
        : '',
    event.inAbsentia ? 'yes' : '',
    CORROBORATION_LEVELS[corroborationOf(event)],
    event.sources.map((s) => (s.kind ? SOURCE_KINDS[s.kind] : '')).join(' | '),
    event.sources.map((s) => `${s.publisher}: ${s.headline}${s.published ? ` (${s.published})` : ''} [${s.document}]`).join(' | '),
    event.sources.map((s) => s.quote).join(' | '),
    context.eventUrl(event.id),
    context.viewUrl,
    context.version,
  ]
    .map(cell)
    .join(',');
}

/**
 * A file written as it goes: its head, then rows for each batch of events as they arrive, then its tail.
 * A large dataset's export is written this way, batch by batch, without holding every event at once.
 */
export interface FileWriter {
  head: string;
  rows(events: readonly TimelineEvent[]): Iterable<string>;
  tail(): string;
}

export function csvWriter(context: ExportContext): FileWriter {
  return {
    // A byte-order mark so spreadsheet apps read the file as UTF-8 (Łukašenka, not Å�ukaÅ¡enka).
    head: `\uFEFF${COLUMNS.join(',')}\r\n`,
    *rows(events) {
      for (const event of events) yield `${csvRow(event, context)}\r\n`;
    },
    tail: () => '',
  };
}

/** The file in pieces, one per event, so a large export can be made a slice at a time. */
export function* csvParts(events: readonly TimelineEvent[], context: ExportContext): Generator<string> {
  const writer = csvWriter(context);
  yield writer.head;
  yield* writer.rows(events);
}

export function toCsv(events: readonly TimelineEvent[], context: ExportContext): string {
  return [...csvParts(events, context)].join('');
}
