import { describe, expect, it } from 'vitest';
import { toCsv, type ExportContext } from '../../src/domain/export/csv';
import { toIcs } from '../../src/domain/export/ics';
import { toDatasetJson } from '../../src/domain/export/json';
import { datasetSchema } from '../../src/domain/schema';
import { sampleDataset } from '../fixtures/sample-dataset';

const dataset = sampleDataset();
const context: ExportContext = {
  viewUrl: 'https://example.org/?types=release',
  version: dataset.version,
  actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
  eventUrl: (id) => `https://example.org/events/${id}/`,
};

describe('exports', () => {
  it('CSV: one row per event, quoted safely, with the view link and dataset version', () => {
    const events = [dataset.events[0]!, { ...dataset.events[1]!, title: '=HYPERLINK("http://evil")', summary: 'a, "quoted" line\nbreak' }];
    const csv = toCsv(events, context);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,date,end_date,type,title,summary,location,actors,figures,in_absentia,sources,quotes,event_link,view_link,dataset_version');
    expect(csv).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(csv).toContain('"a, ""quoted"" line\nbreak"');
    expect(csv).toContain('released=52; politicalPrisoners=40');
    expect(csv.match(/https:\/\/example\.org\/\?types=release,2026-11-22\.test/g)).toHaveLength(2);
  });

  it('JSON: the published format, cut to the view', () => {
    const json = JSON.parse(toDatasetJson([dataset.events[2]!], context));
    expect(() => datasetSchema.parse(json)).not.toThrow();
    expect(json.view).toBe(context.viewUrl);
    expect(json.version).toBe(dataset.version);
    expect(json.actors.map((a: { id: string }) => a.id)).toEqual(['sviatlana-tsikhanouskaya']);
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
    expect(ics.split('\r\n').every((line) => [...line].length <= 75)).toBe(true);
  });
});
