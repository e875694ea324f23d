import { CORROBORATION_LEVEL_IDS } from '../../domain/corroboration';
import { numberFormat } from '../../domain/intl-formats';
import { useI18n } from '../../i18n/i18n';

import { useEventView } from '../../state/derived';
import { useCorroborationFilter, useViewActions } from '../../state/store-context';

/** Corroboration, derived from each event's sources: one source, one publisher, or several independent publishers. */
export function CorroborationFilter() {
  const { t, lang } = useI18n();
  const selected = useCorroborationFilter();
  const counts = useEventView().corroborationCounts;
  const { corroborationToggled } = useViewActions();

  return (
    <fieldset className="filter-group">
      <legend className="filter-legend">{t('filters.corroboration')}</legend>
      <ul className="mt-1 space-y-0.5">
        {CORROBORATION_LEVEL_IDS.map((level) => {
          const count = counts.get(level) ?? 0;
          return (
            <li key={level}>
              <label className="check-row">
                <input type="checkbox" checked={selected.includes(level)} onChange={() => corroborationToggled(level)} />
                <span className="flex-1">{t(`corroboration.${level}`)}</span>
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
