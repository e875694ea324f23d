import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvWriter, toCsv, type ExportContext, type FileWriter } from '../../src/domain/export/csv';
import { icsWriter, toIcs } from '../../src/domain/export/ics';
import { EVENT_TYPES } from '../../src/domain/event-types';
import { datasetJsonWriter, toDatasetJson } from '../../src/domain/export/json';
import { datasetSchema, type Dataset } from '../../src/domain/schema';
import { sampleDataset } from '../fixtures/sample-dataset';

const dataset = sampleDataset();
const context: ExportContext = {
  viewUrl: 'https://example.org/?types=release',
  version: dataset.version,
  actor: (id) => dataset.actors.find((a) => a.id === id),
  eventUrl: (id) => `https://example.org/events/${id}/`,
};

describe('exports', () => {
  it('CSV: one row per event, quoted safely, with the view link and dataset version', () => {
    const events = [dataset.events[0]!, { ...dataset.events[1]!, title: '=HYPERLINK("http://evil")', summary: 'a, "quoted" line\nbreak' }];
    const csv = toCsv(events, context);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,date,end_date,type,title,summary,location,actors,figures,figure_qualifiers,counted_by,in_absentia,corroboration,source_kinds,sources,quotes,event_link,view_link,dataset_version',
    );
    expect(csv).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(csv).toContain('"a, ""quoted"" line\nbreak"');
    expect(csv).toContain('released=52; politicalPrisoners=40');
    expect(lines[1]).toContain(',One source,');
    expect(csv.match(/https:\/\/example\.org\/\?types=release,2026-11-22\.test/g)).toHaveLength(2);
  });

  it('CSV and JSON carry each figure’s qualifier and who counted, as data', () => {
    const count = {
      ...dataset.events[3]!,
      figures: { politicalPrisoners: { value: 1300, qualifier: 'over' as const }, women: { value: 168 } },
    };
    const quoted = { ...dataset.events[3]!, id: 'quoted', countedBy: undefined, quotedBy: 'sviatlana-tsikhanouskaya' };
    const csv = toCsv([count, quoted], context);
    // figures, figure_qualifiers, counted_by; a bare number from an old file has no qualifier to give.
    expect(csv).toContain(',politicalPrisoners=1300; women=168,politicalPrisoners=over,"Human Rights Center ""Viasna""",');
    expect(csv).toContain(',politicalPrisoners=1265,politicalPrisoners=exact,quoted by Sviatlana Tsikhanouskaya,');

    const json = JSON.parse(toDatasetJson([count], context));
    expect(json.events[0].figures.politicalPrisoners).toEqual({ value: 1300, qualifier: 'over' });
    expect(json.events[0].countedBy).toBe('viasna');
  });

  it('JSON: the published format, cut to the view', () => {
    const json = JSON.parse(toDatasetJson([dataset.events[2]!], context));
    expect(() => datasetSchema.parse(json)).not.toThrow();
    expect(json.view).toBe(context.viewUrl);
    expect(json.version).toBe(dataset.version);
    expect(json.actors.map((a: { id: string }) => a.id)).toEqual(['sviatlana-tsikhanouskaya']);
    expect(json.documents).toBeUndefined();
  });

  it('JSON: says which published version it came from, the version the changelog lists last', () => {
    const real = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8')) as Dataset;
    const changelog = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/changelog.json'), 'utf8')) as { version: string }[];
    const json = JSON.parse(
      toDatasetJson(real.events.slice(0, 3), { ...context, version: real.version, actor: (id) => real.actors.find((a) => a.id === id) }),
    );
    expect(json.version).toBe(real.version);
    expect(changelog.at(-1)!.version).toBe(real.version);
  });

  it('JSON: carries the facts of the documents its events cite, for their quotes’ context', () => {
    const cited = { id: 'doc.txt', title: 'A document', sha256: 'ab'.repeat(32) };
    const other = { id: 'other.txt', title: 'Another', sha256: 'cd'.repeat(32) };
    const documents = new Map([cited, other].map((d) => [d.id, d]));
    const json = JSON.parse(toDatasetJson([dataset.events[2]!], { ...context, document: (id) => documents.get(id) }));
    expect(() => datasetSchema.parse(json)).not.toThrow();
    expect(json.documents).toEqual([cited]);
  });

  it('iCalendar: all-day events at the date’s own precision, with the link and version', () => {
    const ics = toIcs([dataset.events[0]!, dataset.events[1]!], context, new Date('2026-11-22T10:00:00Z'));
    expect(ics).toContain('BEGIN:VCALENDAR');
    // "2025-09" spans the whole month.
    expect(ics).toContain('DTSTART;VALUE=DATE:20250901');
    expect(ics).toContain('DTEND;VALUE=DATE:20251001');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251212');
    expect(ics).toContain('DTEND;VALUE=DATE:20251213');
    expect(ics).toContain('URL:https://example.org/events/release-52/');
    expect(ics.replace(/\r\n /g, '')).toContain('Exported view: https://example.org/?types=release (dataset 2026-11-22.test)');
    expectFoldedLines(ics);
  });

  it('iCalendar: folds at 75 octets between characters, never inside one', () => {
    const summary = 'Суд у Мінску 😀 вынес прысуд 👨‍👩‍👧 палітвязням, 🇧🇾 «Вясна» паведаміла 🙏. '.repeat(12);
    const title = 'Прысуд 😀😀😀 ' + 'ў😀'.repeat(40);
    const event = { ...dataset.events[0]!, title, summary, location: 'Мінск 🏛️ '.repeat(20) };
    const ics = toIcs([event], context, new Date('2026-11-22T10:00:00Z'));
    expectFoldedLines(ics);
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    const [parsed] = unfoldEvents(ics);
    expect(parsed!.SUMMARY).toBe(`${EVENT_TYPES[event.type].label}: ${title}`);
    expect(parsed!.DESCRIPTION!.startsWith(`${summary}\n`)).toBe(true);
    expect(parsed!.LOCATION).toBe(event.location);
  });

  it('iCalendar: the bundled dataset exports with every line at most 75 octets, and unfolds back', () => {
    const real = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8')) as Dataset;
    const realContext: ExportContext = { ...context, version: real.version, actor: (id) => real.actors.find((a) => a.id === id) };
    const ics = toIcs(real.events, realContext, new Date('2026-11-22T10:00:00Z'));
    expectFoldedLines(ics);
    const parsed = unfoldEvents(ics);
    expect(parsed).toHaveLength(real.events.length);
    real.events.forEach((event, i) => {
      expect(parsed[i]!.UID).toBe(`${event.id}@belarus-political-prisoners-timeline`);
      expect(parsed[i]!.SUMMARY).toBe(`${EVENT_TYPES[event.type].label}: ${event.title}`);
      expect(parsed[i]!.DESCRIPTION!.startsWith(`${event.summary}\n`)).toBe(true);
      for (const s of event.sources) expect(parsed[i]!.DESCRIPTION).toContain(`Source: ${s.publisher}, "${s.headline}": "${s.quote}"`);
      expect(parsed[i]!.LOCATION).toBe(event.location);
      expect(parsed[i]!.DESCRIPTION).toMatch(
        /\nCorroboration: (One source|Several sources, one publisher|Several independent publishers)\./,
      );
    });
  });
});

const octets = new TextEncoder();

/** Every line at most 75 octets (UTF-8 bytes) without its CRLF, and no fold inside a surrogate pair. */
function expectFoldedLines(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    expect(octets.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), line).toBe(false);
  }
}

/** Unfolds (RFC 5545 3.1) and unescapes (3.3.11) the text properties of each VEVENT. */
function unfoldEvents(ics: string): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  for (const line of ics.replace(/\r\n /g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') events.push({});
    const match = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
    if (!match || events.length === 0) continue;
    events[events.length - 1]![match[1]!] = match[2]!.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  }
  return events;
}

describe('exports written batch by batch (a large dataset’s view)', () => {
  const write = (writer: FileWriter, batches: (typeof dataset.events)[]) =>
    writer.head + batches.map((batch) => [...writer.rows(batch)].join('')).join('') + writer.tail();
  const [a, b, c, d] = dataset.events;

  it('CSV and iCalendar in batches are the same files as at once', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    expect(write(csvWriter(context), [[a!, b!], [], [c!, d!]])).toBe(toCsv([a!, b!, c!, d!], context));
    expect(write(icsWriter(context, now), [[a!], [b!, c!, d!]])).toBe(toIcs([a!, b!, c!, d!], context, now));
  });

  it('JSON in batches is the published format: its events in order, then the actors they name', () => {
    const text = write(datasetJsonWriter(context), [[a!, b!], [c!], [], [d!]]);
    const parsed = datasetSchema.parse(JSON.parse(text));
    const atOnce = datasetSchema.parse(JSON.parse(toDatasetJson([a!, b!, c!, d!], context)));
    expect(parsed.events.map((event) => event.id)).toEqual([a!.id, b!.id, c!.id, d!.id]);
    expect(parsed).toEqual(atOnce);
  });

  it('JSON with no events is still a readable file', () => {
    const parsed = datasetSchema.parse(JSON.parse(write(datasetJsonWriter(context), [])));
    expect(parsed.events).toEqual([]);
    expect(parsed.version).toBe(dataset.version);
  });
});
