import { useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventsInView, useFilters } from '../../state/derived';
import { currentViewLink } from '../../state/links';
import { useViewWindow } from '../../state/store-context';
import { loadChronology, loadedChronology, type ChronologyModule } from './load-chronology';
import { usePrintEvents } from './use-print-events';
import { useI18n } from '../../i18n/i18n';

interface PrintJob {
  module: ChronologyModule;
  link: string;
  printedOn: string;
}

const jobFor = (module: ChronologyModule): PrintJob => ({
  module,
  link: currentViewLink(),
  printedOn: new Date().toISOString().slice(0, 10),
});

/**
 * "Print chronology": the events in view (filters and window) as a printed chronology. It is
 * drawn into <body> beside the app only while printing; the print stylesheet shows it alone.
 */
export function PrintChronology() {
  const { t } = useI18n();
  const index = useDatasetIndex();
  const events = useEventsInView();
  const filters = useFilters();
  const window = useViewWindow();
  const [job, setJob] = useState<PrintJob | null>(null);
  const [state, setState] = useState<'ready' | 'loading' | 'failed'>('ready');

  const print = () => {
    setState('loading');
    loadChronology().then(
      (module) => {
        flushSync(() => {
          setJob(jobFor(module));
          setState('ready');
        });
        globalThis.print();
      },
      () => setState('failed'),
    );
  };
  // The outline has no summaries nor quotes yet: the page's own note says to print again in a moment.
  const ready = !index.outline;
  usePrintEvents({
    draw: () => {
      const module = ready ? loadedChronology() : null;
      if (module) flushSync(() => setJob(jobFor(module)));
    },
    clear: () => setJob(null),
    // Ctrl+P before the whole dataset is in prints the page's own note: print again in a moment.
    print: () => (ready ? print() : globalThis.print()),
  });

  const Chronology = job?.module.Chronology;
  return (
    <>
      <button type="button" className="btn-quiet" disabled={state === 'loading' || !ready} onClick={print}>
        {t('print.button')}
      </button>
      {state === 'failed' && (
        <p role="alert" className="text-xs text-muted">
          {t('print.failed')}
        </p>
      )}
      {Chronology &&
        job &&
        createPortal(
          <Chronology index={index} events={events} filters={filters} window={window} link={job.link} printedOn={job.printedOn} />,
          document.body,
        )}
    </>
  );
}
