import type { Actor, Dataset, QuoteAnchor, Source, SourceDocument, TimelineEvent, Translation } from './schema';

/**
 * The published dataset is several files under data/, so that the first screen downloads only what it
 * draws. The data build writes them from one full dataset (`splitPublished`), and whatever needs the
 * whole (the event pages, a JSON export, the tests) joins them back (`joinPublished`):
 *
 * - `events.json`: version, actors and events, without the quote anchors and translations (nor the
 *   actors' Belarusian and Russian names). The app starts from this file alone.
 * - `context.json`: each source's anchor in its document and the day it was checked, and the
 *   documents' facts. Fetched when a reader opens "Show in context" (or exports JSON).
 * - `events.<lang>.json`: the Belarusian and Russian titles and summaries, and the actors' names in
 *   that language, fetched only when the interface speaks it.
 * - `events.outline.json`: events.json without what only an opened event, a search or an export reads
 *   (summaries, curators' notes, the sources' quotes and headlines, the actors' aliases): a quarter of
 *   its bytes. The app draws its first screen from it and reads events.json right after
 *   (src/data/dataset-query.ts); nothing else reads it. It is derived, never edited.
 *
 * Each file carries the version it belongs to; a side file of another version is not joined.
 * This module imports no schema library: the app's first script uses it.
 */

export const CORE_FILE = 'events.json';
/** The names a dataset may give its side files: bare names resolved under data/, so a file cannot point elsewhere. */
export const PART_FILE = /^[a-z0-9][a-z0-9.-]{0,80}\.json$/;
export const CONTEXT_FILE = 'context.json';
export const OUTLINE_FILE = 'events.outline.json';
export const translationFile = (lang: string) => `events.${lang}.json`;

/** Where each source's quote sits in its document, per event id, in source order (null: not anchored). */
export interface SourceAnchor {
  selector: QuoteAnchor;
  checked?: string | undefined;
}

export interface ContextFile {
  version: string;
  documents: SourceDocument[];
  sources: Record<string, (SourceAnchor | null)[]>;
}

export interface TranslationFile {
  version: string;
  lang: string;
  translations: Record<string, Translation>;
  /** The actors' names in this language (`names` of the curated actor), by actor id; absent when there are none. */
  actors?: Record<string, string>;
}

/** A source as the outline has it: who published it, not what it says. */
export type OutlineSource = Omit<Source, 'quote' | 'headline' | 'selector' | 'checked'>;
/** An event as the outline has it: what the list, the timeline, the filters and the counts draw. */
export type OutlineEvent = Omit<TimelineEvent, 'summary' | 'note' | 'translations' | 'sources'> & { sources: OutlineSource[] };

export interface OutlineFile {
  version: string;
  parts?: Dataset['parts'];
  actors: Omit<Actor, 'aliases' | 'names'>[];
  events: OutlineEvent[];
  withdrawn?: Dataset['withdrawn'];
}

/** The core file's outline: every record and field the first screen draws, without the evidence's words. */
export function outlineOf(core: Dataset): OutlineFile {
  const { version, parts, withdrawn } = core;
  return {
    version,
    ...(parts ? { parts } : {}),
    actors: core.actors.map(({ aliases: _aliases, names: _names, ...actor }) => actor),
    events: core.events.map(({ summary: _summary, note: _note, translations: _translations, sources, ...event }) => ({
      ...event,
      sources: sources.map(({ quote: _quote, headline: _headline, selector: _selector, checked: _checked, ...source }) => source),
    })),
    ...(withdrawn?.length ? { withdrawn } : {}),
  };
}

export interface PublishedFiles {
  core: Dataset;
  /** The core's outline, for the first screen (outlineOf). */
  outline: OutlineFile;
  context: ContextFile;
  /** One per language that has at least one translation. */
  translations: TranslationFile[];
}

/** The full dataset as the files the app fetches. */
export function splitPublished(dataset: Dataset): PublishedFiles {
  const sources: ContextFile['sources'] = {};
  const byLang = new Map<string, Record<string, Translation>>();
  const namesByLang = new Map<string, Record<string, string>>();
  const mapOf = <T>(maps: Map<string, Record<string, T>>, lang: string) => {
    let map = maps.get(lang);
    if (!map) maps.set(lang, (map = {}));
    return map;
  };
  const actors = dataset.actors.map(({ names, ...actor }): Actor => {
    for (const [lang, name] of Object.entries(names ?? {})) if (name) mapOf(namesByLang, lang)[actor.id] = name;
    return actor;
  });
  const events = dataset.events.map((event): TimelineEvent => {
    const { translations, ...rest } = event;
    for (const [lang, translation] of Object.entries(translations ?? {})) {
      if (translation) mapOf(byLang, lang)[event.id] = translation;
    }
    if (event.sources.some((source) => source.selector)) {
      sources[event.id] = event.sources.map((source) =>
        source.selector ? { selector: source.selector, ...(source.checked ? { checked: source.checked } : {}) } : null,
      );
    }
    return { ...rest, sources: event.sources.map(({ selector: _selector, checked: _checked, ...source }) => source) };
  });
  const { documents = [], parts: _parts, ...head } = dataset;
  const langs = [...new Set([...byLang.keys(), ...namesByLang.keys()])].sort();
  const parts: NonNullable<Dataset['parts']> = {
    context: CONTEXT_FILE,
    ...(langs.length ? { translations: Object.fromEntries(langs.map((lang) => [lang, translationFile(lang)])) } : {}),
  };
  const { version, ...rest } = head;
  const core: Dataset = { version, parts, ...rest, actors, events };
  return {
    core,
    outline: outlineOf(core),
    context: { version: dataset.version, documents, sources },
    translations: langs.map((lang) => {
      const names = namesByLang.get(lang);
      return { version: dataset.version, lang, translations: byLang.get(lang) ?? {}, ...(names ? { actors: names } : {}) };
    }),
  };
}

/** The anchors of one event's sources from a context file, or none when it belongs to another version. */
export function anchorsOf(context: ContextFile | undefined, version: string, eventId: string): (SourceAnchor | null)[] | undefined {
  return context && context.version === version ? context.sources[eventId] : undefined;
}

/**
 * A source's anchor: its own (older files and exports carry it inline), else the context file's, but
 * only while that still anchors the same words (a quote edited since is not shown in a stale context).
 */
export function anchorFor(source: Source, fromFile: SourceAnchor | null | undefined): SourceAnchor | undefined {
  if (source.selector) return { selector: source.selector, checked: source.checked };
  return fromFile && fromFile.selector[0].exact === source.quote ? fromFile : undefined;
}

/** An event with its sources' anchors put back, where the anchored quote is still the source's quote. */
export function withAnchors(event: TimelineEvent, anchors: readonly (SourceAnchor | null)[] | undefined): TimelineEvent {
  if (!anchors) return event;
  return {
    ...event,
    sources: event.sources.map((source, i) => {
      const anchor = source.selector ? undefined : anchorFor(source, anchors[i]);
      return anchor ? { ...source, selector: anchor.selector, ...(anchor.checked ? { checked: anchor.checked } : {}) } : source;
    }),
  };
}

/** The files joined back into one dataset; side files of another version are left out. */
export function joinPublished(core: Dataset, context?: ContextFile, translations: readonly TranslationFile[] = []): Dataset {
  const current = translations.filter((file) => file.version === core.version);
  const events = core.events.map((event) => {
    const anchored = withAnchors(event, anchorsOf(context, core.version, event.id));
    const found = current.filter((file) => file.translations[event.id]);
    if (!found.length) return anchored;
    return { ...anchored, translations: Object.fromEntries(found.map((file) => [file.lang, file.translations[event.id]])) };
  });
  const actors = core.actors.map((actor) => withNames(actor, current));
  const documents = context?.version === core.version && context.documents.length ? context.documents : core.documents;
  const { parts: _parts, ...rest } = core;
  return { ...rest, ...(documents ? { documents } : {}), actors, events };
}

/**
 * The actor with its names from translation files of its dataset's version put back: only a name that is one
 * of its aliases (names are chosen from the aliases, never invented, and search must find what is shown).
 */
export function withNames(actor: Actor, files: readonly TranslationFile[]): Actor {
  const found: [string, string][] = [];
  for (const file of files) {
    const name = file.actors?.[actor.id];
    if ((file.lang === 'be' || file.lang === 'ru') && name && actor.aliases.includes(name)) found.push([file.lang, name]);
  }
  if (!found.length) return actor;
  // `names` right after the aliases, as curated and validated.
  const { kind, ...rest } = actor;
  return { ...rest, names: { ...actor.names, ...Object.fromEntries(found) }, kind };
}
