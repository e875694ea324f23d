import { isEventType } from '../domain/event-types';
import { isFigureQualifier, type Figure } from '../domain/figures';
import { SLUG } from '../domain/links';
import { isValidPartialDate } from '../domain/partial-date';
import type { RecordCheck } from './parse-dataset';

/**
 * A fast structural check for very large files: exactly what drawing and
 * filtering rely on, so nothing can break while the full schema check runs in
 * a worker. Records the worker then rejects are dropped and reported.
 */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A non-empty text: what every required text field of a record must be. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * Figures as the app uses them: the record's own object when every figure is qualified; a
 * copy when a bare number (files published before qualifiers) must become `{ value }`, as the
 * worker's schema reads it; null when a figure is unusable.
 */
function quickFigures(raw: Record<string, unknown>): Record<string, Figure> | null {
  let copy: Record<string, Figure> | null = null;
  for (const [name, figure] of Object.entries(raw)) {
    if (typeof figure === 'number' && Number.isFinite(figure)) {
      copy ??= { ...(raw as Record<string, Figure>) };
      copy[name] = { value: figure };
    } else if (!(isObject(figure) && typeof figure.value === 'number' && Number.isFinite(figure.value) && isFigureQualifier(figure.qualifier))) {
      return null;
    }
  }
  return copy ?? (raw as Record<string, Figure>);
}

/**
 * `outline`: a record of events.outline.json (src/domain/published-files.ts), which has no summary, note,
 * quotes nor headlines. Its evidence fields are empty in memory until events.json replaces it; the views
 * that show evidence wait for that (DatasetIndex.outline).
 */
function checkEvent(raw: unknown, outline: boolean): ReturnType<RecordCheck> {
  if (!isObject(raw)) return { ok: false, reason: 'record: not an object' };
  if (!isText(raw.id) || !SLUG.test(raw.id)) return { ok: false, reason: 'id: not a slug' };
  if (!isText(raw.date) || !isValidPartialDate(raw.date)) return { ok: false, reason: 'date: not a real date' };
  if (raw.endDate !== undefined && (!isText(raw.endDate) || !isValidPartialDate(raw.endDate))) return { ok: false, reason: 'endDate: not a real date' };
  if (!isText(raw.type) || !isEventType(raw.type)) return { ok: false, reason: 'type: unknown' };
  if (!isText(raw.title) || (!outline && !isText(raw.summary))) return { ok: false, reason: 'title or summary missing' };
  if (!isOptionalText(raw.location) || !isOptionalText(raw.note)) return { ok: false, reason: 'location or note: not text' };
  if (raw.actors !== undefined && !(Array.isArray(raw.actors) && raw.actors.every((id) => typeof id === 'string'))) return { ok: false, reason: 'actors: not a list of ids' };
  const figures = raw.figures === undefined ? undefined : isObject(raw.figures) ? quickFigures(raw.figures) : null;
  if (figures === null) return { ok: false, reason: 'figures: not numbers with a known qualifier' };
  if (!isOptionalText(raw.countedBy) || !isOptionalText(raw.quotedBy)) return { ok: false, reason: 'countedBy or quotedBy: not an id' };
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) return { ok: false, reason: 'sources: none' };
  for (const source of raw.sources) {
    if (!isObject(source) || !isText(source.document) || !isText(source.publisher) || (!outline && !(isText(source.headline) && isText(source.quote)))) {
      return { ok: false, reason: 'sources: incomplete source' };
    }
    if (!isOptionalText(source.publisherActor)) return { ok: false, reason: 'sources: publisherActor is not an id' };
  }
  if (outline) {
    const sources = (raw.sources as Record<string, unknown>[]).map((source) => ({ ...source, headline: '', quote: '' }));
    return { ok: true, value: { ...raw, summary: '', actors: raw.actors ?? [], ...(figures ? { figures } : {}), sources } };
  }
  if (raw.actors !== undefined && figures === raw.figures) return { ok: true, value: raw };
  return { ok: true, value: { ...raw, actors: raw.actors ?? [], ...(figures ? { figures } : {}) } };
}

export const quickEvent: RecordCheck = (raw) => checkEvent(raw, false);
export const quickOutlineEvent: RecordCheck = (raw) => checkEvent(raw, true);

export const quickActor: RecordCheck = (raw) => {
  if (!isObject(raw) || !isText(raw.id) || !isText(raw.name)) return { ok: false, reason: 'id or name missing' };
  if (raw.kind !== 'person' && raw.kind !== 'organization' && raw.kind !== 'state') return { ok: false, reason: 'kind: unknown' };
  if (raw.aliases !== undefined && !(Array.isArray(raw.aliases) && raw.aliases.every((a) => typeof a === 'string'))) return { ok: false, reason: 'aliases: not text' };
  if (raw.names !== undefined && !(isObject(raw.names) && [raw.names.be, raw.names.ru].every((name) => name === undefined || isText(name)))) return { ok: false, reason: 'names: not text' };
  return { ok: true, value: raw.aliases === undefined ? { ...raw, aliases: [] } : raw };
};
