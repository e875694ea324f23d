import { useState } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import { csvParts, type ExportContext } from '../../domain/export/csv';
import { icsParts } from '../../domain/export/ics';
import { datasetJsonParts } from '../../domain/export/json';
import { useEventsInView } from '../../state/derived';
import { currentViewLink, eventPermalink } from '../../state/links';
import { downloadParts } from './download';

/** Downloads exactly the events in view (filters and window), each file carrying the view's link and the dataset version. */
export function ExportMenu({ index }: { index: DatasetIndex }) {
  const events = useEventsInView(index);
  const context = (): ExportContext => ({
    viewUrl: currentViewLink(),
    version: index.version,
    actorsById: index.actorsById,
    eventUrl: eventPermalink,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `belarus-political-prisoners-${stamp}`;
  const [making, setMaking] = useState<string | null>(null);
  const formats = [
    { label: 'CSV', file: `${name}.csv`, type: 'text/csv;charset=utf-8', parts: () => csvParts(events, context()) },
    { label: 'JSON', file: `${name}.json`, type: 'application/json', parts: () => datasetJsonParts(events, context()) },
    { label: 'iCalendar', file: `${name}.ics`, type: 'text/calendar;charset=utf-8', parts: () => icsParts(events, context()) },
  ];
  const make = (format: (typeof formats)[number]) => {
    setMaking(format.label);
    void downloadParts(format.file, format.parts(), format.type).finally(() => setMaking(null));
  };
  return (
    <details className="export-menu">
      <summary className="btn-quiet cursor-pointer">Export {events.length.toLocaleString('en-US')} events</summary>
      <div className="export-panel" role="group" aria-label="Export the events in view">
        {formats.map((format) => (
          <button key={format.label} type="button" className="btn" disabled={making !== null} onClick={() => make(format)}>
            Download {format.label}
          </button>
        ))}
        <p className="text-xs text-muted" role="status">
          {making ? `Making the ${making} file of ${events.length.toLocaleString('en-US')} events…` : 'The events in the current filters and time window.'}
        </p>
      </div>
    </details>
  );
}
