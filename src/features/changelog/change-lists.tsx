import type { MouseEvent, ReactNode } from 'react';
import type { ChangelogEntry } from '../../domain/changelog';
import { eventAppPath } from '../../domain/links';
import i18next, { type TFunction } from 'i18next';
import { useI18n } from '../../i18n/i18n';

/** How a changed field reads in a sentence; a field the interface has no word for shows its own name. */
export const fieldLabel = (t: TFunction, field: string): string =>
  i18next.exists(`changelog.fields.${field}`) ? t(`changelog.fields.${field}`) : field;

/** A title that opens the event in place (the dialog closes); a new tab or window opens its link. */
export function EventLink({ id, title, onOpen }: { id: string; title: string; onOpen: (id: string) => void }) {
  // The changelog keeps each event's English title.
  const { lang } = useI18n();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(id);
  };
  return (
    <a className="link" href={eventAppPath(id)} onClick={open} lang={lang === 'en' ? undefined : 'en'}>
      {title}
    </a>
  );
}

function ChangeList({ label, count, children }: { label: string; count: number; children: ReactNode }) {
  const { lang } = useI18n();
  if (count === 0) return null;
  return (
    <section aria-label={`${label}: ${count}`} className="mt-2">
      <h4 className="text-sm font-semibold">
        {label} ({count.toLocaleString(lang)})
      </h4>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm">{children}</ul>
    </section>
  );
}

/** The events one version added, changed (with the fields) and removed (with the reason). */
export function ChangeLists({ entry, onOpen }: { entry: ChangelogEntry; onOpen: (id: string) => void }) {
  const { t, lang } = useI18n();
  const english = lang === 'en' ? undefined : 'en';
  return (
    <>
      <ChangeList label={t('changelog.added')} count={entry.added.length}>
        {entry.added.map((item) => (
          <li key={item.id}>
            <EventLink {...item} onOpen={onOpen} />
          </li>
        ))}
      </ChangeList>
      <ChangeList label={t('changelog.changed')} count={entry.changed.length}>
        {entry.changed.map((item) => (
          <li key={item.id}>
            <EventLink {...item} onOpen={onOpen} />{' '}
            <span className="text-muted">({item.fields.map((field) => fieldLabel(t, field)).join(', ')})</span>
          </li>
        ))}
      </ChangeList>
      <ChangeList label={t('changelog.removed')} count={entry.removed.length}>
        {entry.removed.map((item) => (
          <li key={item.id}>
            <EventLink {...item} onOpen={onOpen} />: <span lang={english}>{item.reason}</span>
          </li>
        ))}
      </ChangeList>
    </>
  );
}
