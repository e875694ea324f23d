import { lazy, Suspense, useEffect, useRef } from 'react';
import { localizedText } from '../../domain/localized-event';
import { useI18n } from '../../i18n/i18n';

import type { TimelineEvent } from '../../domain/schema';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventView } from '../../state/derived';
import { useLargeView } from '../../state/large-view';
import { useSelectedEventId, useViewActions, useViewWindow } from '../../state/store-context';
import { windowRevealing } from '../../state/window-days';
import { EventBody } from './event-body';
import { MissingEvent } from './missing-event';
import { CopyLinkButton } from './copy-link-button';
import { useDetailKeys } from './use-detail-keys';

// Its own chunk: loaded with the first event opened.
const CiteEvent = lazy(() => import('./cite-event').then((module) => ({ default: module.CiteEvent })));

/** A tab title: no bidi controls that could reorder it, and short enough to read. */
function plainTitle(title: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = title.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return clean.length > 100 ? `${clean.slice(0, 99)}…` : clean;
}

export function DetailPanel() {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const view = useEventView();
  const selectedId = useSelectedEventId();
  const window = useViewWindow();
  const { eventSelected } = useViewActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const large = useLargeView();
  const inIndex = selectedId ? index.event(selectedId) : undefined;
  // A large dataset's linked event, read before its window: shown at once, stepped from once the window is in.
  const event = inIndex ?? (selectedId && large?.opened?.id === selectedId ? large.opened : undefined);
  const withdrawn = selectedId && !event ? index.withdrawn(selectedId) : undefined;
  const neighbours = selectedId && inIndex ? view.neighbours(selectedId) : null;

  /** Selecting a neighbour also moves the window if the event is off screen, in one history entry. */
  const go = (target: TimelineEvent | null | undefined) => {
    if (!target) return;
    eventSelected(target.id, windowRevealing(window, target.date));
  };

  useDetailKeys(selectedId !== null, {
    close: () => eventSelected(null),
    previous: () => go(neighbours?.previous),
    next: () => go(neighbours?.next),
  });

  useEffect(() => {
    const site = t('site.title');
    const title = event ? localizedText(event, lang).title : withdrawn && t('withdrawn.tabTitle', { title: withdrawn.title });
    document.title = title ? `${plainTitle(title)} · ${site}` : site;
  }, [event, withdrawn, lang, t]);

  if (!selectedId) return null;

  return (
    <aside aria-label={t('detail.label')} className="detail-panel">
      <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2">
        <nav aria-label={t('detail.step')} className="flex min-w-0 flex-wrap items-center gap-x-1">
          <button
            type="button"
            className="btn-quiet whitespace-nowrap"
            disabled={!neighbours?.previous}
            onClick={() => go(neighbours?.previous)}
          >
            <span aria-hidden="true">←</span> {t('detail.previous')}
          </button>
          <button type="button" className="btn-quiet whitespace-nowrap" disabled={!neighbours?.next} onClick={() => go(neighbours?.next)}>
            {t('detail.next')} <span aria-hidden="true">→</span>
          </button>
          {neighbours?.position != null && (
            <span className="ml-1 text-xs whitespace-nowrap text-muted">
              {t('detail.position', { position: neighbours.position, total: view.length })}
            </span>
          )}
        </nav>
        <button type="button" className="btn-icon" aria-label={t('detail.close')} onClick={() => eventSelected(null)}>
          ×
        </button>
      </div>
      <div className="detail-scroll">
        {event ? (
          <>
            <EventBody event={event} headingRef={headingRef} />
            {inIndex && neighbours?.position == null && <p className="notice mt-3 text-sm">{t('detail.hidden')}</p>}
            <div className="mt-5 border-t border-line pt-3">
              <CopyLinkButton />
            </div>
            <Suspense fallback={null}>
              <CiteEvent event={event} version={index.version} />
            </Suspense>
          </>
        ) : large && (large.loading || large.inWindow === null) && !large.error ? (
          // A large dataset reads the event from its file: not found only once the engine has answered.
          <p role="status" className="p-1 text-sm text-muted">
            {t('detail.reading')}
          </p>
        ) : (
          <MissingEvent id={selectedId} withdrawn={withdrawn} />
        )}
      </div>
    </aside>
  );
}
