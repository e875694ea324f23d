import { findConflicts } from '../../domain/conflicts';
import { formatFigure } from '../../domain/figures';
import { formatPartialDate, precisionOf } from '../../domain/partial-date';
import type { TimelineEvent } from '../../domain/schema';
import { figureLabel } from '../../components/ui/figures';
import { useDatasetIndex } from '../../state/dataset-context';
import { useViewActions } from '../../state/store-context';

/** Says why an event is drawn as uncertain: a date known only roughly, or sources that disagree. */
export function Uncertainty({ event }: { event: TimelineEvent }) {
  const index = useDatasetIndex();
  const { eventSelected } = useViewActions();
  const precision = precisionOf(event.date);
  const conflicts = findConflicts(index).get(event.id) ?? [];
  if (precision === 'day' && conflicts.length === 0) return null;
  return (
    <section aria-labelledby="uncertainty-heading" className="notice mt-4 text-sm">
      <h3 id="uncertainty-heading" className="font-semibold">
        How certain this is
      </h3>
      {precision !== 'day' && (
        <p className="mt-1">
          The sources give only the {precision}, so the timeline draws this event across the whole {precision} (hatched), not on its first
          day.
        </p>
      )}
      {conflicts.length > 0 && (
        <>
          <p className="mt-1">
            Sources disagree. This claim ({figureLabel(conflicts[0]!.figure).toLowerCase()}: {formatFigure(conflicts[0]!.value)}) cannot
            hold together with others made at about the same time. Each claim is kept with its own source; none is picked or averaged.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {conflicts.map((conflict) => (
              <li key={`${conflict.figure}-${conflict.otherId}`}>
                <button type="button" className="link text-left" onClick={() => eventSelected(conflict.otherId)}>
                  {formatFigure(conflict.otherValue)} ({conflict.otherPublisher}, {formatPartialDate(conflict.otherDate)})
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
