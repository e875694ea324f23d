import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { contextQueryOptions } from '../../data/context-query';
import { anchorsOf, withAnchors, type ContextFile } from '../../domain/published-files';
import type { TimelineEvent } from '../../domain/schema';
import type { ExportContext } from '../../domain/export/csv';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventsInView } from '../../state/derived';
import { currentViewLink, eventPermalink } from '../../state/links';
import { useI18n } from '../../i18n/i18n';
import { useLargeView } from '../../state/large-view';
import type { FormatLabel } from './formats';
import { exportName, LABELS } from './export-names';
import { LargeExportMenu } from './large-export-menu';

/** Downloads exactly the events in view (filters and window), each file carrying the view's link and the dataset version. */
export function ExportMenu() {
  const large = useLargeView();
  return large ? <LargeExportMenu large={large} /> : <SmallExportMenu />;
}

function SmallExportMenu() {
  const { t } = useI18n();
  const index = useDatasetIndex();
  const events = useEventsInView();
  const queryClient = useQueryClient();
  const context = (quoteContext?: ContextFile): ExportContext => ({
    viewUrl: currentViewLink(),
    version: index.version,
    actor: index.actor,
    document: (id) => index.document(id) ?? quoteContext?.documents.find((document) => document.id === id),
    eventUrl: eventPermalink,
  });
  /** The JSON file is the published format: its quotes carry their anchors, from the context file when the dataset has one. */
  const quoteContext = async (label: FormatLabel) => {
    const file = index.parts.context;
    if (label !== 'JSON' || !file) return undefined;
    return queryClient.fetchQuery(contextQueryOptions(file, index.version)).catch(() => undefined);
  };
  const anchored = (quotes: ContextFile | undefined): readonly TimelineEvent[] =>
    quotes ? events.map((event) => withAnchors(event, anchorsOf(quotes, index.version, event.id))) : events;
  const name = exportName();
  const [making, setMaking] = useState<string | null>(null);
  const make = (label: FormatLabel) => {
    setMaking(label);
    // The file makers load with the first download, not with the page.
    void Promise.all([import('./formats'), quoteContext(label)])
      .then(([{ downloadFormat }, quotes]) => downloadFormat(label, name, anchored(quotes), context(quotes)))
      .finally(() => setMaking(null));
  };
  return (
    <details className="export-menu">
      <summary className="btn-quiet cursor-pointer">{t('export.summary', { count: events.length })}</summary>
      <div className="export-panel" role="group" aria-label={t('export.group')}>
        {LABELS.map((label) => (
          <button key={label} type="button" className="btn" disabled={making !== null || index.outline} onClick={() => make(label)}>
            {t('export.download', { format: label })}
          </button>
        ))}
        <p className="text-xs text-muted" role="status">
          {making ? t('export.making', { format: making, count: events.length }) : index.outline ? t('evidence.loading') : t('export.hint')}
        </p>
      </div>
    </details>
  );
}
