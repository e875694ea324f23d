import { useAfterPaint } from '../../components/use-after-paint';
import type { DatasetIndex } from '../../domain/dataset-index';
import { PersonPanel } from './person-panel';

/**
 * The profile of the one actor filtered on, beside the results. It opens in the
 * frame after the filtered timeline and status line, so it never delays them;
 * it closes at once. Its own small component, so the catching-up render after
 * the paint touches nothing else.
 */
export function ProfileArea({ index, actorId }: { index: DatasetIndex; actorId: string | null }) {
  const shown = useAfterPaint(actorId);
  if (actorId === null || shown !== actorId) return null;
  return (
    <div className="detail-area">
      <PersonPanel key={actorId} index={index} actorId={actorId} />
    </div>
  );
}
