import { CORROBORATION_LEVEL_IDS, CORROBORATION_LEVELS } from '../../domain/corroboration';
import { useEventView } from '../../state/derived';
import { useCorroborationFilter, useViewActions } from '../../state/store-context';

/** Corroboration, derived from each event's sources: one source, one publisher, or several independent publishers. */
export function CorroborationFilter() {
  const selected = useCorroborationFilter();
  const counts = useEventView().corroborationCounts;
  const { corroborationToggled } = useViewActions();

  return (
    <fieldset className="filter-group">
      <legend className="filter-legend">Corroboration</legend>
      <ul className="mt-1 space-y-0.5">
        {CORROBORATION_LEVEL_IDS.map((level) => {
          const count = counts.get(level) ?? 0;
          return (
            <li key={level}>
              <label className="check-row">
                <input type="checkbox" checked={selected.includes(level)} onChange={() => corroborationToggled(level)} />
                <span className="flex-1">{CORROBORATION_LEVELS[level]}</span>
                <span className="count" aria-hidden="true">
                  {count}
                </span>
                <span className="sr-only">, {count === 1 ? '1 event' : `${count} events`}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
