import { csvParts, csvWriter, type ExportContext } from '../../domain/export/csv';
import { icsParts, icsWriter } from '../../domain/export/ics';
import { datasetJsonParts, datasetJsonWriter } from '../../domain/export/json';
import type { TimelineEvent } from '../../domain/schema';
import { downloadBatches, downloadParts } from './download';

export type FormatLabel = 'CSV' | 'JSON' | 'iCalendar';

const FORMATS = {
  CSV: { extension: 'csv', type: 'text/csv;charset=utf-8', parts: csvParts, writer: csvWriter },
  JSON: { extension: 'json', type: 'application/json', parts: datasetJsonParts, writer: datasetJsonWriter },
  iCalendar: {
    extension: 'ics',
    type: 'text/calendar;charset=utf-8',
    parts: icsParts,
    writer: (context: ExportContext) => icsWriter(context),
  },
} as const;

/** Makes and downloads one format; loaded only when a reader asks for a file. */
export function downloadFormat(label: FormatLabel, name: string, events: readonly TimelineEvent[], context: ExportContext): Promise<void> {
  const format = FORMATS[label];
  return downloadParts(`${name}.${format.extension}`, format.parts(events, context), format.type);
}

/** Makes and downloads one format from events read a batch at a time; false when stopped (nothing saved). */
export function downloadFormatBatches(
  label: FormatLabel,
  name: string,
  batches: AsyncIterable<readonly TimelineEvent[]>,
  context: ExportContext,
  signal: AbortSignal,
): Promise<boolean> {
  const format = FORMATS[label];
  return downloadBatches(`${name}.${format.extension}`, format.type, format.writer(context), batches, signal);
}
