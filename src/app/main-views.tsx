import { lazy, Suspense, useState } from 'react';
import { EventList } from '../features/event-list/event-list';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { useMediaQuery, WIDE_SCREEN } from '../components/use-media-query';
import { useI18n } from '../i18n/i18n';

// Its own chunk: loaded the first time a reader opens the counts.
const CountsChart = lazy(() => import('../features/counts/counts-chart').then((module) => ({ default: module.CountsChart })));

type View = 'list' | 'timeline' | 'counts';
type LowerView = Exclude<View, 'timeline'>;

function Tab({ view, selected, onSelect, label }: { view: View; selected: boolean; onSelect: () => void; label: string }) {
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      aria-controls={`view-${view}`}
      className={`tab${selected ? ' is-active' : ''}`}
      onClick={onSelect}
    >
      {label}
    </button>
  );
}

/**
 * The three views of the same events. From md up the timeline stays on top
 * and the list or the counts sit below it; at phone width one view fills the
 * screen, the list first.
 */
export function MainViews({ embedded = false }: { embedded?: boolean }) {
  const { t } = useI18n();
  const [phone, setPhone] = useState<View>('list');
  const [lower, setLower] = useState<LowerView>('list');
  const wide = useMediaQuery(WIDE_SCREEN);
  const shown = (view: View) => `${phone === view ? 'flex' : 'hidden'} ${view === 'timeline' || lower === view ? 'md:flex' : 'md:hidden'}`;

  // The embed shows the timeline (and the detail panel beside it) only.
  if (embedded) {
    return (
      <div id="view-timeline" className="flex h-[26rem] flex-none flex-col">
        <TimelinePanel shown />
      </div>
    );
  }
  return (
    <>
      <div className="flex gap-1 px-3 pt-2 md:hidden" role="tablist" aria-label={t('views.label')}>
        {(['list', 'timeline', 'counts'] as const).map((view) => (
          <Tab key={view} view={view} selected={phone === view} onSelect={() => setPhone(view)} label={t(`views.${view}`)} />
        ))}
      </div>
      <div id="view-timeline" className={`${shown('timeline')} min-h-[24rem] flex-1 flex-col md:min-h-[20rem]`}>
        <TimelinePanel shown={wide || phone === 'timeline'} />
      </div>
      <div className="hidden gap-1 border-t border-line px-3 pt-2 md:flex" role="tablist" aria-label={t('views.below')}>
        <Tab view="list" selected={lower === 'list'} onSelect={() => setLower('list')} label={t('views.eventList')} />
        <Tab view="counts" selected={lower === 'counts'} onSelect={() => setLower('counts')} label={t('views.countsOverTime')} />
      </div>
      <div id="view-list" className={`${shown('list')} min-h-[24rem] flex-col md:h-64 md:min-h-0 md:flex-none`}>
        <EventList />
      </div>
      <div id="view-counts" className={`${shown('counts')} flex-col overflow-y-auto md:h-64 md:flex-none`}>
        {/* Mounted only when one of the tabs shows it: no chart work while nobody looks. */}
        {(phone === 'counts' || lower === 'counts') && (
          <Suspense fallback={<p className="p-3 text-sm text-muted">{t('counts.loading')}</p>}>
            <CountsChart />
          </Suspense>
        )}
      </div>
    </>
  );
}
