import { lazy, Suspense } from 'react';
import { useAfterPaint } from '../../components/use-after-paint';
import { useI18n } from '../../i18n/i18n';
import { useDatasetIndex } from '../../state/dataset-context';

// Its own chunk: loaded the first time a reader filters on one actor.
const PersonPanel = lazy(() => import('./person-panel').then((module) => ({ default: module.PersonPanel })));

/**
 * The profile of the one actor filtered on, beside the results. It opens in the
 * frame after the filtered timeline and status line, so it never delays them;
 * it closes at once. Its own small component, so the catching-up render after
 * the paint touches nothing else.
 */
export function ProfileArea({ actorId }: { actorId: string | null }) {
  const { t } = useI18n();
  const shown = useAfterPaint(actorId);
  // The outline has no sources' headlines nor aliases yet: the profile waits for the whole dataset.
  const outline = useDatasetIndex().outline;
  if (actorId === null || shown !== actorId) return null;
  const loading = <p className="p-3 text-sm text-muted">{t('person.loading')}</p>;
  if (outline) return <div className="detail-area">{loading}</div>;
  return (
    <div className="detail-area">
      <Suspense fallback={loading}>
        <PersonPanel key={actorId} actorId={actorId} />
      </Suspense>
    </div>
  );
}
