import { EVENT_TYPES, EVENT_TYPE_IDS } from '../../domain/event-types';
import { collatorOf } from '../../domain/languages';
import { numberFormat } from '../../domain/intl-formats';
import { useI18n } from '../../i18n/i18n';

import { useDatasetIndex } from '../../state/dataset-context';
import { useEventView } from '../../state/derived';
import { useTypeFilter, useViewActions } from '../../state/store-context';

export function TypeFilter() {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const selected = useTypeFilter();
  const counts = useEventView().typeCounts;
  const { typeToggled } = useViewActions();
  const { compare } = collatorOf(lang);
  // In the reader's alphabetical order, by the names they read; "other" stays last.
  const shown = EVENT_TYPE_IDS.filter((type) => index.typesPresent.includes(type) || selected.includes(type)).sort((a, b) =>
    a === 'other' ? 1 : b === 'other' ? -1 : compare(t(`type.${a}`), t(`type.${b}`)),
  );

  return (
    <fieldset className="filter-group">
      <legend className="filter-legend">{t('filters.eventType')}</legend>
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
                <span className="flex-1">{t(`type.${type}`)}</span>
                <span className="count" aria-hidden="true">
                  {numberFormat(lang).format(count)}
                </span>
                <span className="sr-only">, {t('count.events', { count })}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
