import { z } from './zod';
import { calendarDaySchema, slugSchema } from './schema';

/**
 * What changed from one published dataset version to the next (data/CHANGELOG.json, published as
 * data/changelog.json). The data build appends an entry whenever the version changes; nothing else writes it.
 */
const TEXT_MAX = 100_000;
const eventRef = { id: slugSchema, title: z.string().min(1).max(TEXT_MAX) };

/** The parts of the file besides the events whose change an entry notes (an alias added, a document's facts). */
export const OTHER_PARTS = ['actors', 'documents', 'withdrawn'] as const;

export const changelogEntrySchema = z.strictObject({
  version: z.string().min(1).max(200),
  /** The day the data build wrote this version. */
  date: calendarDaySchema,
  /** How many events the version has. */
  events: z.number().int().nonnegative(),
  /** Set when the build did not see the version before this one: the changes that led here are not known. */
  unrecorded: z.literal(true).optional(),
  /** Says why, when `unrecorded` is set. */
  note: z.string().min(1).max(TEXT_MAX).optional(),
  added: z.array(z.strictObject(eventRef)),
  /** `fields` names the event's fields whose value changed (title, summary, sources, figures, translations…). */
  changed: z.array(z.strictObject({ ...eventRef, fields: z.array(z.string().min(1).max(200)).min(1) })),
  /** `title` is the title the event last had. */
  removed: z.array(z.strictObject({ ...eventRef, reason: z.string().min(1).max(TEXT_MAX) })),
  other: z.array(z.enum(OTHER_PARTS)).optional(),
});

/** Oldest first: the build appends. */
export const changelogSchema = z.array(changelogEntrySchema);

export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
export type Changelog = z.infer<typeof changelogSchema>;
