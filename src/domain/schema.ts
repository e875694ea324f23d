import { z } from './zod';
import { EVENT_TYPE_IDS } from './event-types';
import { FIGURE_QUALIFIERS, type Figure } from './figures';
import { SLUG } from './links';
import { parsePartialDate, startOf } from './partial-date';
import { CONTEXT_MAX, codePointLength } from './code-points';
import { PART_FILE } from './published-files';

export { CONTEXT_MAX };
import { SOURCE_KIND_IDS } from './corroboration';

/**
 * The published dataset format (public/data/events.json). The data build and
 * the app both validate with these schemas, so this module is the contract.
 */

/** Generous limits: the app must show long text safely, but a runaway record is still refused. */
const TEXT_MAX = 100_000;
/** The most context a quote anchor keeps on each side, in code points. */

export const slugSchema = z.string().max(200).regex(SLUG, 'must be a lower-case slug (a-z, 0-9 and single hyphens)');

const partialDateSchema = z.string().refine((value) => parsePartialDate(value) !== null, {
  message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
});

const actorNameSchema = z.string().min(1).max(TEXT_MAX);

export const actorSchema = z
  .strictObject({
    id: slugSchema,
    name: actorNameSchema,
    aliases: z.array(actorNameSchema).default([]),
    /**
     * The name Belarusian and Russian readers see, where the data has the actor's name in that language:
     * always one of the aliases (chosen, never invented; search finds every name shown). Absent: the English `name`.
     */
    names: z.strictObject({ be: actorNameSchema.optional(), ru: actorNameSchema.optional() }).optional(),
    kind: z.enum(['person', 'organization', 'state']),
  })
  .superRefine((actor, ctx) => {
    for (const [lang, name] of Object.entries(actor.names ?? {})) {
      if (name !== undefined && !actor.aliases.includes(name)) {
        ctx.addIssue({ code: 'custom', path: ['names', lang], message: `"${name}" must be one of the actor's aliases` });
      }
    }
  });

/**
 * Where a quote sits in its document, as W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors):
 * both describe the same stretch of text. Lengths and offsets count Unicode code points, as the W3C model asks
 * (not UTF-16 code units: the feed holds emoji, which are two code units and one code point).
 */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  /** The quote, verbatim. */
  exact: z.string().min(1).max(TEXT_MAX),
  /** Up to CONTEXT_MAX code points of the document just before the quote (fewer at the document's start). */
  prefix: z
    .string()
    .max(CONTEXT_MAX * 2)
    .refine((text) => codePointLength(text) <= CONTEXT_MAX, `at most ${CONTEXT_MAX} characters`),
  /** Up to CONTEXT_MAX code points of the document just after the quote (fewer at its end). */
  suffix: z
    .string()
    .max(CONTEXT_MAX * 2)
    .refine((text) => codePointLength(text) <= CONTEXT_MAX, `at most ${CONTEXT_MAX} characters`),
});

/** Offsets in the document's text (UTF-8 decoded), in code points: `start` is the quote's first, `end` one past its last. */
export const textPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((selector) => selector.end > selector.start, { message: 'end must be after start', path: ['end'] });

export const calendarDaySchema = z.string().refine((value) => value.length === 10 && parsePartialDate(value) !== null, {
  message: 'must be a real date written YYYY-MM-DD',
});

export const sourceSchema = z.strictObject({
  document: z.string().min(1).max(TEXT_MAX),
  publisher: z.string().min(1).max(TEXT_MAX),
  /** The publisher as an actor, where the document names one (an actor id): its events are a click away. */
  publisherActor: slugSchema.optional(),
  headline: z.string().min(1).max(TEXT_MAX),
  published: partialDateSchema.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  quote: z.string().min(1).max(TEXT_MAX),
  /** What kind of publisher this is. The data build requires it; files published before it existed have none. */
  kind: z.enum(SOURCE_KIND_IDS).optional(),
  /**
   * The quote's anchor in its document. The data build requires it on every source; the app
   * reads files published before anchors existed, where it is absent.
   */
  selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]).optional(),
  /** The day the quote was last found at its anchor in the document (npm run data:anchor). */
  checked: calendarDaySchema.optional(),
});

/** Facts about one source document, kept once (data/documents.json) and published beside the events. */
export const sourceDocumentSchema = z.strictObject({
  /** The document's file name, which sources cite. */
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(TEXT_MAX),
  /** Left out when the document does not name one. */
  publisher: z.string().min(1).max(TEXT_MAX).optional(),
  /** Left out when the document does not give one. */
  published: partialDateSchema.optional(),
  /** SHA-256 of the document's exact bytes, in lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  note: z.string().min(1).max(TEXT_MAX).optional(),
});

const figureName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'figure names are camelCase');
const figureValue = z.number().finite().nonnegative();

/** A figure as curated and published: its value and the source's qualifier, both required. */
export const figureSchema = z.strictObject(
  {
    value: figureValue,
    qualifier: z.enum(FIGURE_QUALIFIERS, { error: `must be one of ${FIGURE_QUALIFIERS.map((q) => `"${q}"`).join(', ')}` }),
  },
  {
    error: (issue) => (issue.code === 'invalid_type' ? 'must be { "value": <number>, "qualifier": <how the source words it> }' : undefined),
  },
);

const publishedFigureSchema = z.union([figureSchema, figureValue.transform((value): Figure => ({ value }))]);

/**
 * A title and summary in another language. Only the record's English text is translated (never the quotes,
 * which stay in their source's language), so `translatedFrom` is always "en": it marks the text as a translation.
 */
export const translationSchema = z.strictObject({
  title: z.string().min(1).max(TEXT_MAX),
  summary: z.string().min(1).max(TEXT_MAX),
  translatedFrom: z.literal('en'),
});

/** The languages the interface speaks besides English, which every record is written in. */
export const TRANSLATED_LANGUAGES = ['be', 'ru'] as const;

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
  /** Belarusian and Russian versions of the title and summary, where they exist. */
  translations: z.strictObject({ be: translationSchema.optional(), ru: translationSchema.optional() }).optional(),
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
export const curatedEventSchema = withDateOrder(z.strictObject({ ...eventFields, figures: z.record(figureName, figureSchema).optional() }));

/** A file published beside the dataset: a bare name under data/, never a path or an address. */
const partFileSchema = z
  .string()
  .regex(PART_FILE, 'must be a file name beside the dataset (letters, digits, dots and hyphens, ending .json)');

/**
 * An event taken out of the dataset, as curated in data/withdrawn.json: its id stays resolvable,
 * so a link to it says why it went instead of "not found".
 */
export const withdrawalSchema = z.strictObject({
  id: slugSchema,
  reason: z.string().trim().min(1, 'a withdrawal needs a reason').max(TEXT_MAX),
  withdrawn: calendarDaySchema,
});

/** A withdrawn event as published: the curated withdrawal plus the title it last had. */
export const withdrawnEventSchema = z.strictObject({
  ...withdrawalSchema.shape,
  title: z.string().min(1).max(TEXT_MAX),
});

export const datasetSchema = z.strictObject({
  version: z.string().min(1).max(200),
  /** The side files published with this one (src/domain/published-files.ts); absent from older files and exports. */
  parts: z
    .strictObject({
      context: partFileSchema.optional(),
      translations: z.strictObject({ be: partFileSchema.optional(), ru: partFileSchema.optional() }).optional(),
    })
    .optional(),
  /** Set on exported extracts: the link to the view they were exported from. */
  view: z
    .url({ protocol: /^https?$/ })
    .max(10_000)
    .optional(),
  /** Absent from files published before quote anchors. */
  documents: z.array(sourceDocumentSchema).optional(),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  /** Events published once and since withdrawn; absent from files published before withdrawals, and when there are none. */
  withdrawn: z.array(withdrawnEventSchema).optional(),
});

/** data/context.json: the quote anchors and document facts, published beside the dataset (published-files.ts). */
export const contextFileSchema = z.strictObject({
  version: z.string().min(1).max(200),
  documents: z.array(sourceDocumentSchema),
  sources: z.record(
    slugSchema,
    z.array(
      z
        .strictObject({ selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]), checked: calendarDaySchema.optional() })
        .nullable(),
    ),
  ),
});

export { FIGURE_QUALIFIERS, type Figure, type FigureQualifier } from './figures';
export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Translation = z.infer<typeof translationSchema>;
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type QuoteAnchor = NonNullable<Source['selector']>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type CuratedEvent = z.infer<typeof curatedEventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Withdrawal = z.infer<typeof withdrawalSchema>;
export type WithdrawnEvent = z.infer<typeof withdrawnEventSchema>;
