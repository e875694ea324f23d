import { z } from './zod';
import { EVENT_TYPE_IDS } from './event-types';
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

const figuresSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'figure names are camelCase'),
  z.number().finite().nonnegative(),
);

export const eventSchema = z
  .strictObject({
    id: slugSchema,
    date: partialDateSchema,
    endDate: partialDateSchema.optional(),
    type: z.enum(EVENT_TYPE_IDS),
    title: z.string().min(1).max(TEXT_MAX),
    summary: z.string().min(1).max(TEXT_MAX),
    actors: z.array(slugSchema).default([]),
    location: z.string().min(1).max(TEXT_MAX).optional(),
    figures: figuresSchema.optional(),
    inAbsentia: z.boolean().optional(),
    note: z.string().min(1).max(TEXT_MAX).optional(),
    sources: z.array(sourceSchema).min(1, 'every event needs at least one source'),
  })
  .superRefine((event, ctx) => {
    if (event.endDate === undefined) return;
    const start = parsePartialDate(event.date);
    const end = parsePartialDate(event.endDate);
    if (start && end && startOf(end) < startOf(start)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'ends before it starts' });
    }
  });

export const datasetSchema = z.strictObject({
  version: z.string().min(1).max(200),
  /** Set on exported extracts: the link to the view they were exported from. */
  view: z.url({ protocol: /^https?$/ }).max(10_000).optional(),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
});

export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
