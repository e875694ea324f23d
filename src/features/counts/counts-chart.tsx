import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { EVENT_TYPES } from '../../domain/event-types';
import { monthlyCounts, monthlyFromCounts, MONTHLY_TYPES, prisonerSeries, thinPoints, type CountPoint } from '../../domain/counts';
import type { TimelineEvent } from '../../domain/schema';
import { intlLocales, type Language } from '../../domain/languages';
import { extentOf, formatPartialDate, padRange } from '../../domain/partial-date';
import { formatFigureIn } from '../../components/ui/figures';
import { useI18n } from '../../i18n/i18n';

import { useActorName } from '../../state/actor-names';
import { useEventView } from '../../state/derived';
import { useLargeView } from '../../state/large-view';
import { useSelectedEventId, useViewActions, useViewWindow } from '../../state/store-context';
import { fromViewWindow } from '../../state/window-days';
import { CountsTable } from './counts-table';
import { seriesLabel } from './series-label';
import { useWidth } from './use-width';

/** Series colours come from CSS (.series-N), so they follow the theme. */
const SERIES_COUNT = 6;
const HEIGHT = 190;
const LINE_TOP = 14;
const LINE_BOTTOM = 100;
const BAR_TOP = 118;
const BAR_BOTTOM = 176;
// The plot spans the full width, like the timeline above, so a date sits at the same x in both.
const LEFT = 0;
/** Pixels per clickable point at the least: more counts than this in view are drawn as a line only. */
const PX_PER_POINT = 12;

const NO_EVENTS: readonly TimelineEvent[] = [];

/** What a point says, for its tooltip and its accessible name. */
function pointText(p: CountPoint, t: TFunction, lang: Language): string {
  return t('counts.point', { figure: formatFigureIn(p, lang), series: seriesLabel(p.series, t), date: formatPartialDate(p.date, lang) });
}

/**
 * Political-prisoner counts (one series per counting organisation; a count only quoted
 * by a person, or whose counter no one names, is a series of its own) and releases, pardons and
 * sentences per month, on the same time axis as the timeline's window and
 * following the filters. Every point opens its event.
 */
export function CountsChart() {
  const { t, lang } = useI18n();
  const number = (n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : intlLocales(lang));
  const view = useEventView();
  // A large dataset's window holds only what is drawn: its counts come from the engine, for the whole window.
  const large = useLargeView();
  const largeCounts = useQuery({
    queryKey: ['large-counts', large?.counts?.key],
    queryFn: () => large!.counts!.ask(),
    enabled: Boolean(large?.counts),
    staleTime: Infinity,
    retry: false,
  });
  const events = large ? (largeCounts.data?.figures ?? NO_EVENTS) : view.events;
  const window = useViewWindow();
  const selectedId = useSelectedEventId();
  const { eventSelected } = useViewActions();
  const [ref, width] = useWidth<HTMLDivElement>();
  const actorName = useActorName();
  const series = useMemo(() => prisonerSeries(events, (id) => actorName(id).text), [events, actorName]);
  const anyQualified = series.some((s) => s.points.some((p) => p.qualifier !== undefined && p.qualifier !== 'exact'));
  const monthly = useMemo(
    () => (large ? monthlyFromCounts(largeCounts.data?.monthly ?? []) : monthlyCounts(events)),
    [large, largeCounts.data, events],
  );

  const domain = useMemo(() => {
    if (window) return fromViewWindow(window);
    const extent = extentOf(view);
    return extent && padRange(extent.start, extent.end);
  }, [window, view]);

  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const maxValue = values.length ? Math.max(...values) : 0;
  const minValue = values.length ? Math.min(...values) : 0;
  const low = Math.max(0, Math.floor((minValue * 0.9) / 100) * 100);
  const high = Math.ceil((maxValue * 1.05) / 100) * 100 || 100;
  const maxMonth = Math.max(1, ...monthly.months.map((m) => MONTHLY_TYPES.reduce((sum, t) => sum + m.counts[t], 0)));
  const plotWidth = Math.max(0, width - LEFT);
  const x = (time: number) => (domain ? LEFT + ((time - domain.start) / (domain.end - domain.start)) * plotWidth : LEFT);
  const y = (value: number) => LINE_BOTTOM - ((value - low) / (high - low || 1)) * (LINE_BOTTOM - LINE_TOP);
  const inView = (time: number) => domain !== null && time >= domain.start && time <= domain.end;
  // Per series, the counts in the window; too many to pick one by one at this zoom, the line
  // only (thinned to its shape on screen), so the page stays the same size whatever their number.
  const drawn = series.map((s) => {
    const visible = s.points.filter((p) => inView(p.time));
    const pickable = visible.length <= plotWidth / PX_PER_POINT;
    return { series: s, visible, pickable, line: pickable ? visible : thinPoints(visible, x) };
  });
  const dense = drawn.reduce((sum, d) => (d.pickable ? sum : sum + d.visible.length), 0);

  return (
    <section aria-labelledby="counts-heading" className="px-3 py-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="counts-heading" className="text-sm font-semibold">
          {t('counts.heading')}
        </h2>
        <ul className="flex flex-wrap gap-3 text-xs" aria-label={t('counts.legend')}>
          {series.map((s, i) => (
            <li key={s.label} className="flex items-center gap-1">
              <span className={`series-${i % SERIES_COUNT} series-swatch inline-block h-2.5 w-2.5 rounded-full`} aria-hidden="true" />
              {seriesLabel(s.label, t)}
            </li>
          ))}
          {anyQualified && (
            <li className="flex items-center gap-1">
              <span className="series-hollow inline-block h-2.5 w-2.5 rounded-full" aria-hidden="true" />
              {t('counts.notExact')}
            </li>
          )}
          {MONTHLY_TYPES.map((type) => (
            <li key={type} className="flex items-center gap-1">
              <span className="inline-block h-2.5 w-2.5" style={{ background: EVENT_TYPES[type].color }} aria-hidden="true" />
              {t(`counts.perMonth.${type}`)}
            </li>
          ))}
        </ul>
      </div>
      {large && (largeCounts.isPending || largeCounts.isError) && (
        <p role={largeCounts.isError ? 'alert' : 'status'} className="text-xs text-muted">
          {largeCounts.isError ? (
            <>
              {t('large.failed', { reason: largeCounts.error.message })}{' '}
              <button type="button" className="btn-quiet" onClick={() => void largeCounts.refetch()}>
                {t('load.retry')}
              </button>
            </>
          ) : (
            t('counts.reading')
          )}
        </p>
      )}
      <div ref={ref} className="w-full">
        {width > 0 && domain && (
          <svg width={width} height={HEIGHT} role="group" aria-label={t('counts.chartLabel')} className="block">
            <text x={4} y={LINE_TOP + 4} className="chart-label">
              {number(high)}
            </text>
            <text x={4} y={LINE_BOTTOM} className="chart-label">
              {number(low)}
            </text>
            <text x={4} y={BAR_TOP + 8} className="chart-label">
              {t('counts.perMonthAxis', { count: maxMonth })}
            </text>
            <line x1={LEFT} x2={width} y1={LINE_BOTTOM} y2={LINE_BOTTOM} className="chart-axis" />
            <line x1={LEFT} x2={width} y1={BAR_BOTTOM} y2={BAR_BOTTOM} className="chart-axis" />
            {monthly.months
              .filter((m) => m.end >= domain.start && m.start <= domain.end)
              .map((m) => {
                let top = BAR_BOTTOM;
                const left = Math.max(LEFT, x(m.start));
                const barWidth = Math.max(1, Math.min(width, x(m.end)) - left - 1);
                return (
                  <g key={m.month}>
                    {MONTHLY_TYPES.map((type) => {
                      const h = (m.counts[type] / maxMonth) * (BAR_BOTTOM - BAR_TOP);
                      top -= h;
                      return h > 0 ? <rect key={type} x={left} y={top} width={barWidth} height={h} fill={EVENT_TYPES[type].color} /> : null;
                    })}
                    <title>{`${formatPartialDate(m.month, lang)}: ${MONTHLY_TYPES.map((type) => t(`counts.monthly.${type}`, { count: m.counts[type] })).join(', ')}`}</title>
                  </g>
                );
              })}
            {drawn.map(({ series: s, visible, pickable, line }, i) => {
              const seriesClass = `series-${i % SERIES_COUNT}`;
              return (
                <g key={s.label}>
                  {line.length > 1 && (
                    <polyline points={line.map((p) => `${x(p.time)},${y(p.value)}`).join(' ')} className={`${seriesClass} series-line`} />
                  )}
                  {!pickable && <title>{`${seriesLabel(s.label, t)}: ${t('counts.inWindow', { count: visible.length })}`}</title>}
                  {(pickable ? visible : visible.filter((p) => p.eventId === selectedId)).map((p) => (
                    <circle
                      key={p.eventId}
                      cx={x(p.time)}
                      cy={y(p.value)}
                      r={p.eventId === selectedId ? 7 : 5}
                      strokeWidth={1.5}
                      tabIndex={0}
                      role="button"
                      aria-label={t('counts.openPoint', { point: pointText(p, t, lang) })}
                      className={`${seriesClass} chart-point${p.qualifier && p.qualifier !== 'exact' ? ' chart-point-qualified' : ''}`}
                      onClick={() => eventSelected(p.eventId)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          eventSelected(p.eventId);
                        }
                      }}
                    >
                      <title>{pointText(p, t, lang)}</title>
                    </circle>
                  ))}
                </g>
              );
            })}
          </svg>
        )}
      </div>
      {dense > 0 && <p className="text-xs text-muted">{t('counts.dense', { count: dense })}</p>}
      <CountsTable series={series} monthly={monthly} />
    </section>
  );
}
