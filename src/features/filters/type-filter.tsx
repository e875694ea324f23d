import { EVENT_TYPES, EVENT_TYPE_IDS } from '../../domain/event-types';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventView } from '../../state/derived';
import { useTypeFilter, useViewActions } from '../../state/store-context';

export function TypeFilter() {
  const index = useDatasetIndex();
  const selected = useTypeFilter();
  const counts = useEventView().typeCounts;
  const { typeToggled } = useViewActions();
  const shown = EVENT_TYPE_IDS.filter((type) => index.typesPresent.includes(type) || selected.includes(type));

  return (
    <fieldset className="filter-group">
      <legend className="filter-legend">Event type</legend>
      <ul className="mt-1 space-y-0.5">
        {shown.map((type) => {
          const meta = EVENT_TYPES[type];
          const count = counts.get(type) ?? 0;
          return (
            <li key={type}>
              <label className="check-row">
                <input type="checkbox" checked={selected.includes(type)} onChange={() => typeToggled(type)} />
                <span className="swatch" style={{ '--type-color': meta.color } as React.CSSProperties} aria-hidden="true">
                  {meta.marker}
                </span>
                <span className="flex-1">{meta.label}</span>
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
