import { useState } from 'react';
import { NARROW_SCREEN, useMediaQuery } from '../components/use-media-query';
import { useWarmSearchIndex } from './use-warm-search-index';
import type { LoadedDataset } from '../data/dataset-query';
import { DetailPanel, useWarmDetailPanel } from '../features/event-detail/lazy-detail-panel';
import { EmbedButton } from '../features/embed/embed-button';
import { ExportMenu } from '../features/export/export-menu';
import { FilterPanel } from '../features/filters/filter-panel';
import { DatasetUpdateNotice } from '../features/offline/dataset-update-notice';
import { ProfileArea } from '../features/person/profile-area';
import { PrintChronology } from '../features/print/print-button';
import { DatasetIndexProvider, useDatasetIndex } from '../state/dataset-context';
import { usePresentation } from '../state/presentation-context';
import { useFilteredEvents } from '../state/derived';
import { useActorFilter, useSelectedEventId } from '../state/store-context';
import { NoMatches } from './empty-state';
import { MainViews } from './main-views';
import { FullDatasetNotice, SkippedNotice } from './notices';
import { useFullDataset } from '../data/use-full-dataset';
import { StatusLine } from './status-line';
import { useI18n } from '../i18n/i18n';
import { useTranslatedIndex } from '../data/translations-query';
import { useLargeIndex } from '../data/large/use-large-index';
import { LargeViewProvider, useLargeView } from '../state/large-view';

export function Explorer({ data }: { data: LoadedDataset }) {
  const { lang } = useI18n();
  // A large dataset's index holds the window's events, asked of its engine as the view changes.
  const { index: current, large } = useLargeIndex(data);
  const index = useTranslatedIndex(current, lang);
  return (
    <DatasetIndexProvider index={index}>
      <LargeViewProvider value={large}>
        <ExplorerLayout data={data} />
      </LargeViewProvider>
    </DatasetIndexProvider>
  );
}

function ExplorerLayout({ data }: { data: LoadedDataset }) {
  const { t } = useI18n();
  const index = useDatasetIndex();
  const { skipped } = data;
  const filtered = useFilteredEvents();
  const large = useLargeView();
  const matching = large ? (large.matching ?? 0) : filtered.length;
  const selectedId = useSelectedEventId();
  const actors = useActorFilter();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // A phone keeps the filters behind their button: they are drawn when it first opens, not with
  // the first screen (they were a third of its elements), and stay drawn after.
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [filtersDrawn, setFiltersDrawn] = useState(!narrow);
  if ((filtersOpen || !narrow) && !filtersDrawn) setFiltersDrawn(true);
  // An embed keeps its filters behind the button at every width, unless its link says filters=1.
  const { embedded, filters: filtersShown } = usePresentation();
  useWarmSearchIndex();
  useWarmDetailPanel();
  // Drawn from the outline, the first screen then reads the whole dataset (src/data/use-full-dataset.ts).
  const full = useFullDataset(data);

  return (
    <>
      {!embedded && <DatasetUpdateNotice version={index.version} />}
      {full && <FullDatasetNotice state={full} />}
      <SkippedNotice skipped={skipped} />
      {data.validation?.large && (
        <p role="status" className="mx-3 mt-1 text-xs text-muted">
          {t('load.checking', { count: index.events.length })}
        </p>
      )}
      <div className="explorer">
        <aside className="filters-area" aria-label={t('filters.label')}>
          {embedded && filtersShown ? (
            // An embed asked to show its filters shows them at every width.
            <FilterPanel />
          ) : (
            <>
              <button
                type="button"
                className={`btn w-full${embedded ? '' : ' md:hidden'}`}
                aria-expanded={filtersOpen}
                aria-controls="filter-panel"
                onClick={() => setFiltersOpen((open) => !open)}
              >
                {filtersOpen ? t('filters.hide') : t('filters.label')}
              </button>
              <div
                id="filter-panel"
                className={filtersOpen ? `mt-3${embedded ? '' : ' md:mt-0'}` : embedded ? 'hidden' : 'hidden md:block'}
              >
                {filtersDrawn && <FilterPanel />}
              </div>
            </>
          )}
        </aside>
        <main className="timeline-area">
          <div className="flex flex-wrap items-center justify-between gap-2 px-3 pt-2">
            <StatusLine shown={matching} total={large ? large.total : index.events.length} large={large} />
            <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 *:whitespace-nowrap">
              <p className="hidden text-xs text-muted 2xl:block">{t('timeline.help')}</p>
              {!embedded && <PrintChronology />}
              {!embedded && <EmbedButton />}
              {!embedded && <ExportMenu />}
            </div>
          </div>
          {matching === 0 && !large?.loading && <NoMatches />}
          <MainViews embedded={embedded} />
        </main>
        {selectedId ? (
          <div className="detail-area">
            <DetailPanel />
          </div>
        ) : (
          <ProfileArea actorId={actors.length === 1 && index.actor(actors[0]!) ? actors[0]! : null} />
        )}
      </div>
    </>
  );
}
