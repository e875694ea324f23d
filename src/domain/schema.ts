import { z } from './zod';
import { EVENT_TYPE_IDS } from './event-types';
import { FIGURE_QUALIFIERS, type Figure } from './figures';
import { SLUG } from './links';
import { parsePartialDate, startOf } from './partial-date';

/**
 * The published dataset format (public/data/events.json). The data build and
 * the app both validate with these schemas, so this module is the contract.
 */

/** Generous limits: the app must show long text safely, but a runaway record is still refused. */
const TEXT_MAX = 100_000;

const slugSchema = z.string().max(200).regex(SLUG, 'must be a lower-case slug (a-z, 0-9 and single hyphens)');

const partialDateSchema = z
  .string()
  .refine((value) => parsePartialDate(value) !== null, {
    message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  });

export const actorSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1).max(TEXT_MAX),
  aliases: z.array(z.string().min(1).max(TEXT_MAX)).default([]),
  kind: z.enum(['person', 'organization', 'state']),
});

export const sourceSchema = z.strictObject({
  document: z.string().min(1).max(TEXT_MAX),
  publisher: z.string().min(1).max(TEXT_MAX),
  headline: z.string().min(1).max(TEXT_MAX),
  published: partialDateSchema.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  quote: z.string().min(1).max(TEXT_MAX),
});

const figureName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'figure names are camelCase');
const figureValue = z.number().finite().nonnegative();

/** A figure as curated and published: its value and the source's qualifier, both required. */
export const figureSchema = z.strictObject(
  {
    value: figureValue,
    qualifier: z.enum(FIGURE_QUALIFIERS, { error: `must be one of ${FIGURE_QUALIFIERS.map((q) => `"${q}"`).join(', ')}` }),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be { "value": <number>, "qualifier": <how the source words it> }' : undefined) },
);

const publishedFigureSchema = z.union([figureSchema, figureValue.transform((value): Figure => ({ value }))]);

const eventFields = {
  id: slugSchema,
  date: partialDateSchema,
  endDate: partialDateSchema.optional(),
  type: z.enum(EVENT_TYPE_IDS),
  title: z.string().min(1).max(TEXT_MAX),
  summary: z.string().min(1).max(TEXT_MAX),
  actors: z.array(slugSchema).default([]),
  location: z.string().min(1).max(TEXT_MAX).optional(),
  inAbsentia: z.boolean().optional(),
  /**
   * Statistics: the organisation that counted (an actor id), as the source names it. Absent
   * when the source names none ("human rights organisations say..."): never guessed.
   */
  countedBy: slugSchema.optional(),
  /** Statistics: the person who states the count (quoting it is not counting it). */
  quotedBy: slugSchema.optional(),
  note: z.string().min(1).max(TEXT_MAX).optional(),
  sources: z.array(sourceSchema).min(1, 'every event needs at least one source'),
};

function withDateOrder<T extends z.ZodType<{ date: string; endDate?: string | undefined }>>(schema: T) {
  return schema.superRefine((event, ctx) => {
    if (event.endDate === undefined) return;
    const start = parsePartialDate(event.date);
    const end = parsePartialDate(event.endDate);
    if (start && end && startOf(end) < startOf(start)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'ends before it starts' });
    }
  });
}

/** An event as the app reads it from any published file, old ones included. */
export const eventSchema = withDateOrder(
  z.strictObject({ ...eventFields, figures: z.record(figureName, publishedFigureSchema).optional() }),
);

/** An event as curated in data/ and written by the data build: every figure qualified. */
export const curatedEventSchema = withDateOrder(
  z.strictObject({ ...eventFields, figures: z.record(figureName, figureSchema).optional() }),
);

export const datasetSchema = z.strictObject({
  version: z.string().min(1).max(200),
  /** Set on exported extracts: the link to the view they were exported from. */
  view: z.url({ protocol: /^https?$/ }).max(10_000).optional(),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
});

export { FIGURE_QUALIFIERS, type Figure, type FigureQualifier } from './figures';
export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type CuratedEvent = z.infer<typeof curatedEventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
