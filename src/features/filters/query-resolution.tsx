import { useMemo } from 'react';
import { useDatasetIndex } from '../../state/dataset-context';
import { resolveQueryActors } from '../../domain/resolve-actors';
import { useSearchText } from '../../state/store-context';

/** Says which person or body the search text was recognised as, and which spellings it now covers. */
export function QueryResolution() {
  const { actors } = useDatasetIndex();
  const q = useSearchText();
  const resolved = useMemo(() => resolveQueryActors(actors, q), [actors, q]);
  if (resolved.actors.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-muted" aria-live="polite">
      Recognised as{' '}
      {resolved.actors.map((actor, i) => (
        <span key={actor.id}>
          {i > 0 && ' and '}
          <strong className="text-ink">{actor.name}</strong>
        </span>
      ))}
      : also finds {[...new Set(resolved.actors.flatMap((actor) => [actor.name, ...actor.aliases]))].slice(0, 8).join(', ')}
    </p>
  );
}
