import { useMemo } from 'react';
import { localizedName } from '../../domain/actor-names';
import { useI18n } from '../../i18n/i18n';

import { useDatasetIndex } from '../../state/dataset-context';
import { resolveQueryActors } from '../../domain/resolve-actors';
import { useSearchText } from '../../state/store-context';

/** Says which person or body the search text was recognised as, and which spellings it now covers. */
export function QueryResolution() {
  const { t, lang } = useI18n();
  const { actors } = useDatasetIndex();
  const q = useSearchText();
  const resolved = useMemo(() => resolveQueryActors(actors, q), [actors, q]);
  if (resolved.actors.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-muted" aria-live="polite">
      {t('filters.recognisedAs')}{' '}
      {resolved.actors.map((actor, i) => {
        const name = localizedName(actor, lang);
        return (
          <span key={actor.id}>
            {i > 0 && ` ${t('filters.and')} `}
            <strong className="text-ink" lang={name.lang}>
              {name.text}
            </strong>
          </span>
        );
      })}
      {t('filters.alsoFinds')}{' '}
      {[...new Set(resolved.actors.flatMap((actor) => [localizedName(actor, lang).text, actor.name, ...actor.aliases]))]
        .slice(0, 8)
        .join(', ')}
    </p>
  );
}
