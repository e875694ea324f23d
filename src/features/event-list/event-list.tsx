import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EVENT_TYPES } from '../../domain/event-types';
import { localizedText } from '../../domain/localized-event';
import { formatRange, isApproximate } from '../../domain/partial-date';
import { findConflicts } from '../../domain/conflicts';
import { corroborationOf } from '../../domain/corroboration';
import { useI18n } from '../../i18n/i18n';

import { useDatasetIndex } from '../../state/dataset-context';
import { useLargeView } from '../../state/large-view';
import { useEventsInView } from '../../state/derived';
import { useSelectedEventId, useViewActions } from '../../state/store-context';
import { useVisibleRows } from './use-visible-rows';
import { FIRST_SCREEN_ELEMENT } from '../../data/first-screen';

const ROW_HEIGHT = 64;

/**
 * The events in view (same filters, window and selection as the timeline) as
 * a virtualised list: only the rows on screen exist in the DOM. Arrow keys,
 * Home and End move between rows; Enter opens one.
 */
export function EventList() {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const events = useEventsInView();
  // A large dataset's window too dense to draw is counted by period: its events are not listed either.
  const counted = (useLargeView()?.periods.length ?? 0) > 0;
  const selectedId = useSelectedEventId();
  const { eventSelected } = useViewActions();
  const conflicts = findConflicts(index);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows, totalHeight, scrollToIndex } = useVisibleRows({ count: events.length, rowHeight: ROW_HEIGHT, overscan: 6, scrollRef });
  const selectedIndex = selectedId ? events.findIndex((event) => event.id === selectedId) : -1;
  const [focusIndex, setFocusIndex] = useState(Math.max(0, selectedIndex));
  // Follow the selection made elsewhere (timeline, panel, Back): the roving focus moves to it
  // (adjusted while rendering, as the selection changes), and the list scrolls it into view.
  const [followed, setFollowed] = useState(selectedIndex);
  if (followed !== selectedIndex) {
    setFollowed(selectedIndex);
    if (selectedIndex >= 0) setFocusIndex(selectedIndex);
  }
  const active = Math.min(focusIndex, Math.max(0, events.length - 1));

  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex);
  }, [selectedIndex, scrollToIndex]);

  const focusRow = (next: number) => {
    const target = Math.max(0, Math.min(events.length - 1, next));
    setFocusIndex(target);
    scrollToIndex(target);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-row="${target}"]`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: events.length - 1,
      PageDown: active + page,
      PageUp: active - page,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    focusRow(target);
  };

  return (
    <section aria-label={t('list.label')} className="flex min-h-0 flex-1 flex-col">
      <p className="px-3 py-1 text-xs text-muted" {...{ elementtiming: FIRST_SCREEN_ELEMENT }}>
        {counted ? t('list.tooMany') : t('list.intro', { count: events.length })}
      </p>
      {/* The keydown handler only moves focus between the rows (buttons) inside. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto" onKeyDown={onKeyDown}>
        {/* Explicit role: Safari drops list semantics from lists styled without bullets. */}
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
        <ul role="list" aria-label={t('list.events')} className="relative w-full" style={{ height: totalHeight }}>
          {rows.map((row) => {
            const event = events[row.index]!;
            const meta = EVENT_TYPES[event.type];
            const selected = event.id === selectedId;
            const text = localizedText(event, lang);
            return (
              <li
                key={event.id}
                aria-setsize={events.length}
                aria-posinset={row.index + 1}
                className="absolute inset-x-0"
                style={{ top: row.start, height: ROW_HEIGHT }}
              >
                <button
                  type="button"
                  data-row={row.index}
                  data-event-id={event.id}
                  tabIndex={row.index === active ? 0 : -1}
                  aria-current={selected ? 'true' : undefined}
                  className={`list-row${selected ? ' is-selected' : ''}`}
                  onFocus={() => setFocusIndex(row.index)}
                  onClick={() => eventSelected(event.id)}
                >
                  <span className="swatch" style={{ '--type-color': meta.color } as React.CSSProperties} aria-hidden="true">
                    {meta.marker}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium" lang={text.lang}>
                      {text.title}
                    </span>
                    <span className="block text-xs text-muted">
                      {formatRange(event.date, event.endDate, lang)} · {t(`type.${event.type}`)} ·{' '}
                      {t(`corroborationShort.${corroborationOf(event)}`)}
                      {isApproximate(event.date) ? ` · ${t('list.approximate')}` : ''}
                      {conflicts.has(event.id) ? ` · ${t('list.disagree')}` : ''}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
