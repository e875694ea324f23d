import { CORROBORATION_LEVELS, corroborationOf, SOURCE_KINDS } from '../corroboration';
import { EVENT_TYPES } from '../event-types';
import { SITE_TITLE } from '../links';
import { parsePartialDate, endOf, startOf } from '../partial-date';
import type { TimelineEvent } from '../schema';
import type { ExportContext, FileWriter } from './csv';

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 octets of one code point (a lone surrogate is written as U+FFFD, also 3). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 3.1: a line is at most 75 octets (UTF-8 bytes) without its CRLF. Longer ones fold between
 * code points, never inside a character or a surrogate pair; a continuation's leading space counts.
 */
function fold(line: string): string {
  if (line.length <= 25) return line; // a UTF-16 unit is at most 3 octets
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

function icsDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

const lines = (list: string[]) => `${list.map(fold).join('\r\n')}\r\n`;

/** All-day events over the dates' own precision: a month-only event spans the month. Written batch by batch. */
export function icsWriter(context: ExportContext, now = new Date()): FileWriter {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return {
    head: lines([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Belarus political prisoners timeline//EN',
      'CALSCALE:GREGORIAN',
      `X-WR-CALNAME:${escapeText(SITE_TITLE)}`,
      `X-WR-CALDESC:${escapeText(`Exported view: ${context.viewUrl} (dataset ${context.version})`)}`,
      `URL:${context.viewUrl}`,
    ]),
    *rows(events) {
      for (const event of events) {
        const start = parsePartialDate(event.date);
        const end = parsePartialDate(event.endDate ?? event.date);
        if (!start || !end) continue;
        const description = [
          event.summary,
          `Date precision: ${start.precision}.`,
          `Corroboration: ${CORROBORATION_LEVELS[corroborationOf(event)]}.`,
          ...event.sources.map((s) => `Source: ${s.publisher}, "${s.headline}": "${s.quote}"${s.kind ? ` (${SOURCE_KINDS[s.kind]})` : ''}`),
          `Dataset ${context.version}. View: ${context.viewUrl}`,
        ].join('\n');
        yield lines([
          'BEGIN:VEVENT',
          `UID:${event.id}@belarus-political-prisoners-timeline`,
          `DTSTAMP:${stamp}`,
          `DTSTART;VALUE=DATE:${icsDate(startOf(start))}`,
          `DTEND;VALUE=DATE:${icsDate(endOf(end))}`,
          `SUMMARY:${escapeText(`${EVENT_TYPES[event.type].label}: ${event.title}`)}`,
          `DESCRIPTION:${escapeText(description)}`,
          ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
          `URL:${context.eventUrl(event.id)}`,
          'END:VEVENT',
        ]);
      }
    },
    tail: () => lines(['END:VCALENDAR']),
  };
}

/** The calendar in pieces, one per event. */
export function* icsParts(events: readonly TimelineEvent[], context: ExportContext, now = new Date()): Generator<string> {
  const writer = icsWriter(context, now);
  yield writer.head;
  yield* writer.rows(events);
  yield writer.tail();
}

export function toIcs(events: readonly TimelineEvent[], context: ExportContext, now = new Date()): string {
  return [...icsParts(events, context, now)].join('');
}
