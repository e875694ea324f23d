import { useState } from 'react';
import { MONTHLY_TYPES, type CountSeries, type MonthCount } from '../../domain/counts';
import { formatPartialDate } from '../../domain/partial-date';
import { formatFigureIn } from '../../components/ui/figures';
import { ShowMore } from '../../components/ui/show-more';
import { useI18n } from '../../i18n/i18n';
import { seriesLabel } from './series-label';
import { useViewActions } from '../../state/store-context';

/** Rows drawn at first and per "Show more". */
const PAGE = 100;

/**
 * The chart's data as tables, for screen readers and for copying. Drawn only
 * while open, a page of rows at a time: a large archive has thousands of counts.
 */
export function CountsTable({ series, monthly }: { series: CountSeries[]; monthly: { months: MonthCount[]; yearOnly: number } }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-xs font-medium text-accent">{t('counts.showTables')}</summary>
      {open && <Tables series={series} monthly={monthly} />}
    </details>
  );
}

function Tables({ series, monthly }: { series: CountSeries[]; monthly: { months: MonthCount[]; yearOnly: number } }) {
  const { t, lang } = useI18n();
  const { eventSelected } = useViewActions();
  const [pointRows, setPointRows] = useState(PAGE);
  const [monthRows, setMonthRows] = useState(PAGE);
  const points = series.flatMap((s) => s.points).sort((a, b) => a.time - b.time);
  return (
    <>
      <table className="data-table mt-2">
        <caption>{t('counts.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counts.date')}</th>
            <th scope="col">{t('counts.prisoners')}</th>
            <th scope="col">{t('counts.countedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {points.slice(0, pointRows).map((p) => (
            <tr key={p.eventId}>
              <td>{formatPartialDate(p.date, lang)}</td>
              <td>
                <button type="button" className="link" onClick={() => eventSelected(p.eventId)}>
                  {formatFigureIn(p, lang)}
                </button>
              </td>
              <td>{seriesLabel(p.series, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore
        shown={pointRows}
        total={points.length}
        page={PAGE}
        what="rows"
        className="link mt-1 text-xs"
        onMore={() => setPointRows((n) => n + PAGE)}
      />
      <table className="data-table mt-3">
        <caption>
          {t('counts.monthCaption')}
          {monthly.yearOnly ? ` ${t('counts.yearOnly', { count: monthly.yearOnly })}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('counts.month')}</th>
            {MONTHLY_TYPES.map((type) => (
              <th key={type} scope="col">
                {t(`counts.column.${type}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthly.months.slice(0, monthRows).map((m) => (
            <tr key={m.month}>
              <td>{formatPartialDate(m.month, lang)}</td>
              {MONTHLY_TYPES.map((type) => (
                <td key={type}>{m.counts[type]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore
        shown={monthRows}
        total={monthly.months.length}
        page={PAGE}
        what="rows"
        className="link mt-1 text-xs"
        onMore={() => setMonthRows((n) => n + PAGE)}
      />
    </>
  );
}
