import { csvParts, type ExportContext } from '../../domain/export/csv';
import { icsParts } from '../../domain/export/ics';
import { datasetJsonParts } from '../../domain/export/json';
import type { TimelineEvent } from '../../domain/schema';
import { downloadParts } from './download';

export type FormatLabel = 'CSV' | 'JSON' | 'iCalendar';

const FORMATS = {
  CSV: { extension: 'csv', type: 'text/csv;charset=utf-8', parts: csvParts },
  JSON: { extension: 'json', type: 'application/json', parts: datasetJsonParts },
  iCalendar: { extension: 'ics', type: 'text/calendar;charset=utf-8', parts: icsParts },
} as const;

/** Makes and downloads one format; loaded only when a reader asks for a file. */
export function downloadFormat(label: FormatLabel, name: string, events: readonly TimelineEvent[], context: ExportContext): Promise<void> {
  const format = FORMATS[label];
  return downloadParts(`${name}.${format.extension}`, format.parts(events, context), format.type);
}
