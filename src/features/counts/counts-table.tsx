import { useState } from 'react';
import { EVENT_TYPES } from '../../domain/event-types';
import { MONTHLY_TYPES, type CountSeries, type MonthCount } from '../../domain/counts';
import { formatFigure } from '../../domain/figures';
import { formatPartialDate } from '../../domain/partial-date';
import { ShowMore } from '../../components/ui/show-more';
import { useViewActions } from '../../state/store-context';

/** Rows drawn at first and per "Show more". */
const PAGE = 100;

/**
 * The chart's data as tables, for screen readers and for copying. Drawn only
 * while open, a page of rows at a time: a large archive has thousands of counts.
 */
export function CountsTable({ series, monthly }: { series: CountSeries[]; monthly: { months: MonthCount[]; yearOnly: number } }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-xs font-medium text-accent">Show the counts as tables</summary>
      {open && <Tables series={series} monthly={monthly} />}
    </details>
  );
}

function Tables({ series, monthly }: { series: CountSeries[]; monthly: { months: MonthCount[]; yearOnly: number } }) {
  const { eventSelected } = useViewActions();
  const [pointRows, setPointRows] = useState(PAGE);
  const [monthRows, setMonthRows] = useState(PAGE);
  const points = series.flatMap((s) => s.points).sort((a, b) => a.time - b.time);
  return (
    <>
      <table className="data-table mt-2">
        <caption>Political-prisoner counts, each with who counted it</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Political prisoners</th>
            <th scope="col">Counted by</th>
          </tr>
        </thead>
        <tbody>
          {points.slice(0, pointRows).map((p) => (
            <tr key={p.eventId}>
              <td>{formatPartialDate(p.date)}</td>
              <td>
                <button type="button" className="link" onClick={() => eventSelected(p.eventId)}>
                  {formatFigure(p)}
                </button>
              </td>
              <td>{p.series}</td>
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
          Releases, pardons and sentences per month{monthly.yearOnly ? ` (${monthly.yearOnly} known only to the year are not counted)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {MONTHLY_TYPES.map((type) => (
              <th key={type} scope="col">
                {EVENT_TYPES[type].label}s
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthly.months.slice(0, monthRows).map((m) => (
            <tr key={m.month}>
              <td>{formatPartialDate(m.month)}</td>
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
