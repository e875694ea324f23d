import { OTHER_PARTS, type Changelog, type ChangelogEntry } from '../../src/domain/changelog';
import type { Dataset } from '../../src/domain/schema';
import type { PublishedDataset } from './last-published';

const FIRST_NOTE = 'The first version recorded: changes before it were not recorded.';
const GAP_NOTE = 'The changes that led to this version were not recorded (it was written by a build that did not keep this changelog).';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const dayOf = (version: string, fallback: string) => (/^\d{4}-\d{2}-\d{2}\./.test(version) ? version.slice(0, 10) : fallback);

/** The names of the event's fields whose value differs, in the order the new record has them, then any it dropped. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((key) => !same(before[key], after[key]));
}

/** What changed from the published dataset to the new one, as a changelog entry for the new version. */
export function changesBetween(previous: PublishedDataset, next: Dataset, date: string): ChangelogEntry {
  const before = new Map(previous.events.map((event) => [event.id, event]));
  const after = new Set(next.events.map((event) => event.id));
  const withdrawn = new Map((next.withdrawn ?? []).map((entry) => [entry.id, entry]));
  const changed: ChangelogEntry['changed'] = [];
  const added: ChangelogEntry['added'] = [];
  for (const event of next.events) {
    const old = before.get(event.id);
    if (!old) {
      added.push({ id: event.id, title: event.title });
      continue;
    }
    const fields = changedFields(old, event as Record<string, unknown>);
    if (fields.length) changed.push({ id: event.id, title: event.title, fields });
  }
  const removed = previous.events
    .filter((event) => !after.has(event.id))
    // The build refuses a removal without a withdrawal, so every removed event has its reason.
    .map((event) => ({ id: event.id, title: event.title, reason: withdrawn.get(event.id)?.reason ?? '' }));
  // Withdrawals new in this version are listed as removed; "withdrawn" notes an earlier one edited.
  const earlier = new Set((previous.withdrawn ?? []).map((entry) => entry.id));
  const parts = {
    actors: [previous.actors, next.actors],
    documents: [previous.documents, next.documents],
    withdrawn: [previous.withdrawn?.filter((entry) => after.has(entry.id) === false), next.withdrawn?.filter((entry) => earlier.has(entry.id))],
  };
  const other = OTHER_PARTS.filter((part) => !same(parts[part][0] ?? [], parts[part][1] ?? []));
  return { version: next.version, date, events: next.events.length, added, changed, removed, ...(other.length ? { other } : {}) };
}

function unrecorded(version: string, events: number, date: string, first: boolean): ChangelogEntry {
  return { version, date, events, unrecorded: true, note: first ? FIRST_NOTE : GAP_NOTE, added: [], changed: [], removed: [] };
}

/**
 * The changelog after this build: unchanged when the version is the last one recorded (so a second run
 * writes the same file), else with an entry for the new version appended. A published version the changelog
 * never saw (the first build that keeps it, or one written by an older build) gets an entry that says its
 * changes were not recorded: no history is made up.
 */
export function nextChangelog(changelog: Changelog, previous: PublishedDataset | undefined, next: Dataset, date: string): Changelog {
  const entries = [...changelog];
  const last = () => entries.at(-1)?.version;
  if (previous && last() !== previous.version && previous.version !== next.version) {
    entries.push(unrecorded(previous.version, previous.events.length, dayOf(previous.version, date), entries.length === 0));
  }
  if (last() === next.version) return entries;
  if (previous && last() === previous.version) entries.push(changesBetween(previous, next, date));
  else entries.push(unrecorded(next.version, next.events.length, dayOf(next.version, date), entries.length === 0));
  return entries;
}
