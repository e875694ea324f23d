import { formatPartialDate } from '../../domain/partial-date';
import type { WithdrawnEvent } from '../../domain/schema';

/** What a link to an id the dataset does not have shows: why it was withdrawn, or that it is not there. */
export function MissingEvent({ id, withdrawn }: { id: string; withdrawn: WithdrawnEvent | undefined }) {
  if (withdrawn) {
    return (
      <div className="p-1">
        <h2 className="text-lg font-semibold">Event withdrawn</h2>
        <p className="mt-2">This event was withdrawn: {withdrawn.reason}</p>
        <p className="mt-2 text-sm">
          Its last title was <q>{withdrawn.title}</q>. Withdrawn on{' '}
          <time dateTime={withdrawn.withdrawn}>{formatPartialDate(withdrawn.withdrawn)}</time>; it is no longer in the timeline.
        </p>
        <p className="mt-2 text-sm text-muted">
          Id <span className="font-mono break-all">{id}</span>. The rest of the view is as the link described.
        </p>
      </div>
    );
  }
  return (
    <div className="p-1">
      <h2 className="text-lg font-semibold">Event not found</h2>
      <p className="mt-2 text-sm">
        The link names an event (<span className="font-mono break-all">{id}</span>) that is not in this dataset. It may have been renamed or
        removed. The rest of the view is as the link described.
      </p>
    </div>
  );
}
