import type { MouseEvent, ReactNode } from 'react';
import type { ChangelogEntry } from '../../domain/changelog';
import { eventAppPath } from '../../domain/links';

/** How a changed field reads in a sentence; a field not listed here shows its own name. */
const FIELD_LABELS: Record<string, string> = {
  endDate: 'end date',
  inAbsentia: 'in absentia',
  countedBy: 'counted by',
  quotedBy: 'quoted by',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

/** A title that opens the event in place (the dialog closes); a new tab or window opens its link. */
export function EventLink({ id, title, onOpen }: { id: string; title: string; onOpen: (id: string) => void }) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(id);
  };
  return (
    <a className="link" href={eventAppPath(id)} onClick={open}>
      {title}
    </a>
  );
}

function ChangeList({ label, count, children }: { label: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section aria-label={`${label}: ${count}`} className="mt-2">
      <h4 className="text-sm font-semibold">
        {label} ({count.toLocaleString('en-US')})
      </h4>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm">{children}</ul>
    </section>
  );
}

/** The events one version added, changed (with the fields) and removed (with the reason). */
export function ChangeLists({ entry, onOpen }: { entry: ChangelogEntry; onOpen: (id: string) => void }) {
  return (
    <>
      <ChangeList label="Added" count={entry.added.length}>
        {entry.added.map((item) => (
          <li key={item.id}>
            <EventLink {...item} onOpen={onOpen} />
          </li>
        ))}
      </ChangeList>
      <ChangeList label="Changed" count={entry.changed.length}>
        {entry.changed.map((item) => (
          <li key={item.id}>
            <EventLink {...item} onOpen={onOpen} /> <span className="text-muted">({item.fields.map(fieldLabel).join(', ')})</span>
          </li>
        ))}
      </ChangeList>
      <ChangeList label="Removed" count={entry.removed.length}>
        {entry.removed.map((item) => (
          <li key={item.id}>
            <EventLink {...item} onOpen={onOpen} />: <span>{item.reason}</span>
          </li>
        ))}
      </ChangeList>
    </>
  );
}
