import { useState } from 'react';
import { useWarmSearchIndex } from './use-warm-search-index';
import type { LoadedDataset } from '../data/dataset-query';
import { DetailPanel } from '../features/event-detail/detail-panel';
import { CountsChart } from '../features/counts/counts-chart';
import { EventList } from '../features/event-list/event-list';
import { ExportMenu } from '../features/export/export-menu';
import { FilterPanel } from '../features/filters/filter-panel';
import { PersonPanel } from '../features/person/person-panel';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { useFilteredEvents } from '../state/derived';
import { useActorFilter, useSelectedEventId } from '../state/store-context';
import { NoMatches } from './empty-state';
import { SkippedNotice } from './notices';
import { StatusLine } from './status-line';

export function Explorer({ data }: { data: LoadedDataset }) {
  const { index, skipped } = data;
  const filtered = useFilteredEvents(index);
  const selectedId = useSelectedEventId();
  const actors = useActorFilter();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // At phone width one view at a time, the list first; from md up both, one above the other.
  const [phoneView, setPhoneView] = useState<'list' | 'timeline'>('list');
  useWarmSearchIndex(index);

  return (
    <>
      <SkippedNotice skipped={skipped} />
      <div className="explorer">
        <aside className="filters-area" aria-label="Filters">
          <button
            type="button"
            className="btn w-full md:hidden"
            aria-expanded={filtersOpen}
            aria-controls="filter-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {filtersOpen ? 'Hide filters' : 'Filters'}
          </button>
          <div id="filter-panel" className={filtersOpen ? 'mt-3 md:mt-0' : 'hidden md:block'}>
            <FilterPanel index={index} />
          </div>
        </aside>
        <main className="timeline-area">
          <div className="flex flex-wrap items-center justify-between gap-2 px-3 pt-2">
            <StatusLine shown={filtered.length} total={index.events.length} />
            <div className="flex items-center gap-3">
              <p className="hidden text-xs text-muted lg:block">Drag to pan · scroll or pinch to zoom · click an event for details</p>
              <ExportMenu index={index} />
            </div>
          </div>
          {filtered.length === 0 && <NoMatches />}
          <div className="flex gap-1 px-3 pt-2 md:hidden" role="tablist" aria-label="View">
            {(['list', 'timeline'] as const).map((view) => (
              <button
                key={view}
                type="button"
                role="tab"
                id={`tab-${view}`}
                aria-selected={phoneView === view}
                aria-controls={`view-${view}`}
                className={`tab${phoneView === view ? ' is-active' : ''}`}
                onClick={() => setPhoneView(view)}
              >
                {view === 'list' ? 'List' : 'Timeline'}
              </button>
            ))}
          </div>
          <div id="view-timeline" className={`${phoneView === 'timeline' ? 'flex' : 'hidden'} min-h-[24rem] flex-1 flex-col md:flex md:min-h-auto`}>
            <TimelinePanel index={index} events={filtered} />
            <CountsChart index={index} />
          </div>
          <div id="view-list" className={`${phoneView === 'list' ? 'flex' : 'hidden'} min-h-[24rem] flex-col border-line md:flex md:h-60 md:min-h-60 md:flex-none md:border-t`}>
            <EventList index={index} />
          </div>
        </main>
        {selectedId ? (
          <div className="detail-area">
            <DetailPanel index={index} filtered={filtered} />
          </div>
        ) : actors.length === 1 && index.actorsById.has(actors[0]!) ? (
          <div className="detail-area">
            <PersonPanel index={index} actorId={actors[0]!} />
          </div>
        ) : null}
      </div>
    </>
  );
}
