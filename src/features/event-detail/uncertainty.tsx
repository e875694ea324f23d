import { publisherName } from '../../domain/actor-names';
import { findConflicts, type Conflict } from '../../domain/conflicts';
import { SOURCE_LANGUAGE } from '../../domain/languages';
import { formatPartialDate, precisionOf } from '../../domain/partial-date';
import type { TimelineEvent } from '../../domain/schema';
import { figureLabel, formatFigureIn } from '../../components/ui/figures';
import { useDatasetIndex } from '../../state/dataset-context';
import { useI18n } from '../../i18n/i18n';
import { useViewActions } from '../../state/store-context';

/** Says why an event is drawn as uncertain: a date known only roughly, or sources that disagree. */
export function Uncertainty({ event }: { event: TimelineEvent }) {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const { eventSelected } = useViewActions();
  const precision = precisionOf(event.date);
  const conflicts = findConflicts(index).get(event.id) ?? [];
  if (precision === 'day' && conflicts.length === 0) return null;
  return (
    <section aria-labelledby="uncertainty-heading" className="notice mt-4 text-sm">
      <h3 id="uncertainty-heading" className="font-semibold">
        {t('uncertainty.heading')}
      </h3>
      {precision !== 'day' && <p className="mt-1">{t(`uncertainty.${precision}`)}</p>}
      {conflicts.length > 0 && (
        <>
          <p className="mt-1">
            {t('uncertainty.disagree', {
              figure: figureLabel(conflicts[0]!.figure, lang).text.toLowerCase(),
              value: formatFigureIn(conflicts[0]!.value, lang, conflicts[0]!.figure),
            })}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {conflicts.map((conflict) => (
              <li key={`${conflict.figure}-${conflict.otherId}`}>
                <button type="button" className="link text-left" onClick={() => eventSelected(conflict.otherId)}>
                  {formatFigureIn(conflict.otherValue, lang, conflict.figure)} (<OtherPublisher conflict={conflict} />,{' '}
                  {formatPartialDate(conflict.otherDate, lang)})
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Who made the other claim: its publisher, in the reader's language where it is an actor with a name in it. */
function OtherPublisher({ conflict }: { conflict: Conflict }) {
  const { lang } = useI18n();
  const index = useDatasetIndex();
  const actor = conflict.otherPublisherActor ? index.actor(conflict.otherPublisherActor) : undefined;
  const name = publisherName(conflict.otherPublisher, actor, lang, SOURCE_LANGUAGE);
  return <span lang={name.lang}>{name.text}</span>;
}
