import { localizedName } from '../../domain/actor-names';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Filters } from '../../domain/filters';
import { formatPartialDate } from '../../domain/partial-date';
import type { ViewWindow } from '../../state/view-state';
import type { TFunction } from 'i18next';
import type { Language } from '../../domain/languages';
import { i18next } from '../../i18n/i18n';

/** The view's filters and time window in words, for the head of a printed chronology. */
export function describeView(
  index: DatasetIndex,
  filters: Filters,
  window: ViewWindow | null,
  t: TFunction = i18next.t.bind(i18next),
  lang: Language = 'en',
): [label: string, value: string][] {
  const types = filters.types.map((type) => t(`type.${type}`));
  const actors = filters.actors.map((id) => {
    const actor = index.actor(id);
    return actor ? localizedName(actor, lang).text : id;
  });
  const q = filters.q.trim();
  return [
    [t('print.types'), types.length ? types.join(', ') : t('print.all')],
    [t('print.actors'), actors.length ? actors.join(', ') : t('print.all')],
    [t('print.search'), q ? `“${q}”` : t('print.none')],
    [t('print.window'), window ? `${formatPartialDate(window.from, lang)} – ${formatPartialDate(window.to, lang)}` : t('print.allDates')],
  ];
}
