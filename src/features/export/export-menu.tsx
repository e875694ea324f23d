import type { DatasetIndex } from '../../domain/dataset-index';
import { toCsv, type ExportContext } from '../../domain/export/csv';
import { toIcs } from '../../domain/export/ics';
import { toDatasetJson } from '../../domain/export/json';
import { useEventsInView } from '../../state/derived';
import { currentViewLink, eventPermalink } from '../../state/links';
import { download } from './download';

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
  return (
    <details className="export-menu">
      <summary className="btn-quiet cursor-pointer">Export {events.length.toLocaleString('en-US')} events</summary>
      <div className="export-panel" role="group" aria-label="Export the events in view">
        <button type="button" className="btn" onClick={() => download(`${name}.csv`, toCsv(events, context()), 'text/csv;charset=utf-8')}>
          Download CSV
        </button>
        <button type="button" className="btn" onClick={() => download(`${name}.json`, toDatasetJson(events, context()), 'application/json')}>
          Download JSON
        </button>
        <button type="button" className="btn" onClick={() => download(`${name}.ics`, toIcs(events, context()), 'text/calendar;charset=utf-8')}>
          Download iCalendar
        </button>
        <p className="text-xs text-muted">The events in the current filters and time window.</p>
      </div>
    </details>
  );
}
