import { useRef, useState } from 'react';
import type { ExportContext } from '../../domain/export/csv';
import type { TimelineEvent } from '../../domain/schema';
import { useI18n } from '../../i18n/i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import type { LargeView } from '../../state/large-view';
import { currentViewLink, eventPermalink } from '../../state/links';
import { exportName, LABELS } from './export-names';
import type { FormatLabel } from './formats';

interface Job {
  format: FormatLabel;
  /** Events in the view, once counted. */
  count: number | null;
  written: number;
  controller: AbortController;
}

/**
 * A large dataset's export: the events in view are counted, then read from the engine and written
 * a batch at a time, with a progress bar and a way to stop. The tab never holds them all as records.
 */
export function LargeExportMenu({ large }: { large: LargeView }) {
  const { t } = useI18n();
  const index = useDatasetIndex();
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const running = useRef(false);

  const make = async (format: FormatLabel) => {
    const view = large.inView();
    if (!view || running.current) return;
    running.current = true;
    const controller = new AbortController();
    setOutcome(null);
    setJob({ format, count: null, written: 0, controller });
    const context: ExportContext = {
      viewUrl: currentViewLink(),
      version: index.version,
      actor: index.actor,
      document: (id) => index.document(id),
      eventUrl: eventPermalink,
    };
    let written = 0;
    async function* counted(): AsyncGenerator<TimelineEvent[]> {
      for await (const batch of view!.batches(controller.signal)) {
        written += batch.length;
        setJob((current) => current && { ...current, written });
        yield batch;
      }
    }
    try {
      const count = await view.count();
      setJob((current) => current && { ...current, count });
      const { downloadFormatBatches } = await import('./formats');
      const saved = await downloadFormatBatches(format, exportName(), counted(), context, controller.signal);
      setOutcome(saved ? t('export.saved', { format, count: written }) : t('export.stopped'));
    } catch (failure) {
      setOutcome(t('export.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      running.current = false;
      setJob(null);
    }
  };

  return (
    <details className="export-menu">
      <summary className="btn-quiet cursor-pointer">{t('export.summaryView')}</summary>
      <div className="export-panel" role="group" aria-label={t('export.group')}>
        {LABELS.map((format) => (
          <button key={format} type="button" className="btn" disabled={job !== null} onClick={() => void make(format)}>
            {t('export.download', { format })}
          </button>
        ))}
        {job && (
          <div className="flex flex-wrap items-center gap-2">
            <progress
              className="export-progress"
              aria-label={t('export.progressLabel', { format: job.format })}
              max={job.count ?? undefined}
              value={job.count === null ? undefined : job.written}
            />
            <button type="button" className="btn-quiet" onClick={() => job.controller.abort()}>
              {t('export.stop')}
            </button>
          </div>
        )}
        <p className="text-xs text-muted" role="status">
          {job
            ? job.count === null
              ? t('export.counting')
              : t('export.progress', { written: job.written, count: job.count })
            : (outcome ?? t('export.hintLarge'))}
        </p>
      </div>
    </details>
  );
}
