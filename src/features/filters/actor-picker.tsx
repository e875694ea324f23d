import { useId, useMemo, useState } from 'react';
import { numberFormat } from '../../domain/intl-formats';
import { useI18n } from '../../i18n/i18n';
import { useActorName } from '../../state/actor-names';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEventView } from '../../state/derived';
import { useActorFilter, useViewActions } from '../../state/store-context';
import { matchActors } from './match-actors';

/** A searchable multi-select over every actor, matching any alias or spelling. */
export function ActorPicker() {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const selected = useActorFilter();
  const counts = useEventView().actorCounts;
  const { actorToggled } = useViewActions();
  const actorName = useActorName();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;

  // Only while the list is open: matching and sorting a thousand actors is wasted on a closed picker.
  const matches = useMemo(() => (open ? matchActors(index, text, counts, lang) : []), [open, index, text, counts, lang]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const choose = (actorId: string) => {
    actorToggled(actorId);
    setText('');
    setActive(0);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((activeIndex + 1) % Math.max(1, matches.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter' && open) {
      const match = matches[activeIndex];
      if (match) {
        event.preventDefault();
        choose(match.actor.id);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="filter-group">
      <label htmlFor={`${id}-input`} className="filter-legend">
        {t('filters.actor')}
      </label>
      {selected.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label={t('filters.chosenActors')}>
          {selected.map((actorId) => {
            const name = actorName(actorId);
            return (
              <li key={actorId}>
                <button
                  type="button"
                  className="chip chip-button"
                  aria-label={t('filters.removeActor', { name: name.text })}
                  onClick={() => actorToggled(actorId)}
                >
                  {index.actor(actorId) ? <span lang={name.lang}>{name.text}</span> : t('filters.unknownActor', { id: actorId })}{' '}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="relative mt-1">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[activeIndex] ? `${id}-opt-${activeIndex}` : undefined}
          className="input w-full"
          placeholder={t('filters.findActors', { count: index.actors.length })}
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul id={listId} role="listbox" aria-label={t('filters.actors')} className="picker-list">
            {matches.length === 0 && <li className="px-3 py-2 text-sm text-muted">{t('filters.noActorMatches', { text })}</li>}
            {matches.map((match, i) => (
              // Keyboard users move through options from the combobox (aria-activedescendant).
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={match.actor.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={selected.includes(match.actor.id)}
                className={`picker-option${i === activeIndex ? ' is-active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(match.actor.id)}
              >
                <span className="flex-1">
                  {selected.includes(match.actor.id) && <span aria-hidden="true">✓ </span>}
                  <span lang={match.name.lang}>{match.name.text}</span>
                  {match.via && <span className="block text-xs text-muted">{t('filters.alsoSpelled', { spelling: match.via })}</span>}
                </span>
                <span className="count" aria-hidden="true">
                  {numberFormat(lang).format(match.count)}
                </span>
                <span className="sr-only">, {t('count.events', { count: match.count })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
