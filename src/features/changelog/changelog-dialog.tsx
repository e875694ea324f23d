import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import type { ChangelogEntry } from '../../domain/changelog';
import { formatPartialDate } from '../../domain/partial-date';
import { ChangelogError, changelogQueryOptions } from '../../data/changelog-query';
import { useDataset } from '../../data/dataset-query';
import { useViewActions, useViewWindow } from '../../state/store-context';
import { windowRevealing } from '../../state/window-days';
import { ChangeLists } from './change-lists';
import type { TFunction } from 'i18next';
import { useI18n } from '../../i18n/i18n';

/** What else the version changed, besides the events listed. */
function summary(entry: ChangelogEntry, t: TFunction): string | null {
  if (entry.unrecorded) return null;
  const parts = (entry.other ?? []).map((part) => t(`changelog.parts.${part}`)).join(t('changelog.and'));
  const events = entry.added.length + entry.changed.length + entry.removed.length;
  if (events > 0) return parts ? t('changelog.alsoChanged', { parts }) : null;
  return parts ? t('changelog.partsChanged', { parts }) : t('changelog.noEventChanged');
}

function Version({ entry, current, onOpen }: { entry: ChangelogEntry; current: boolean; onOpen: (id: string) => void }) {
  const id = useId();
  const { t, lang } = useI18n();
  const quiet = summary(entry, t);
  return (
    <li className="border-b border-line last:border-b-0">
      <article aria-labelledby={id} className="py-3">
        <h3 id={id} className="text-base font-semibold">
          <time dateTime={entry.date}>{formatPartialDate(entry.date, lang)}</time>
          {current && (
            <>
              {' '}
              <span className="chip ml-1 align-middle text-xs font-normal">{t('changelog.shown')}</span>
            </>
          )}
        </h3>
        <p className="text-xs text-muted">
          {t('changelog.version')} <span className="font-mono break-all">{entry.version}</span> ·{' '}
          {t('changelog.events', { count: entry.events })}
        </p>
        {entry.note && (
          <p className="mt-1 text-sm" lang={lang === 'en' ? undefined : 'en'}>
            {entry.note}
          </p>
        )}
        {quiet && <p className="mt-1 text-sm">{quiet}</p>}
        <ChangeLists entry={entry} onOpen={onOpen} />
      </article>
    </li>
  );
}

/** Every dataset version, newest first, with the events it added, changed and removed. */
export function ChangelogDialog({ current, onClose }: { current: string | undefined; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { t } = useI18n();
  const query = useQuery(changelogQueryOptions);
  const { eventSelected } = useViewActions();
  const window = useViewWindow();
  const index = useDataset().data?.index;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  /** Opens the event and, like stepping through events, moves the timeline to it when it is off screen. */
  const open = (eventId: string) => {
    const event = index?.event(eventId);
    eventSelected(eventId, event ? windowRevealing(window, event.date) : undefined);
    ref.current?.close();
  };

  return (
    <dialog ref={ref} className="modal-dialog changelog-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {t('changelog.title')}
        </h2>
        <button type="button" className="btn-icon" aria-label={t('changelog.close')} onClick={() => ref.current?.close()}>
          ×
        </button>
      </div>
      <div className="changelog-body px-4 pb-3">
        <p className="mt-2 text-sm text-muted">{t('changelog.intro')}</p>
        {query.isPending ? (
          <p role="status" className="mt-3 text-sm">
            {t('changelog.loading')}
          </p>
        ) : query.isError ? (
          <p role="alert" className="notice mt-3 text-sm">
            {query.error instanceof ChangelogError
              ? t(`errors.changelog.${query.error.reason}`, query.error.details)
              : t('errors.changelog.unexpected')}
          </p>
        ) : (
          <ol aria-label={t('changelog.versions')}>
            {query.data.map((entry) => (
              <Version key={entry.version} entry={entry} current={entry.version === current} onOpen={open} />
            ))}
          </ol>
        )}
      </div>
    </dialog>
  );
}
