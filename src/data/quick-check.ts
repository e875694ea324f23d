import { isEventType } from '../domain/event-types';
import { SLUG } from '../domain/links';
import { isValidPartialDate } from '../domain/partial-date';
import type { RecordCheck } from './parse-dataset';

/**
 * A fast structural check for very large files: exactly what drawing and
 * filtering rely on, so nothing can break while the full schema check runs in
 * a worker. Records the worker then rejects are dropped and reported.
 */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';

export const quickEvent: RecordCheck = (raw) => {
  if (!isObject(raw)) return { ok: false, reason: 'record: not an object' };
  if (!isText(raw.id) || !SLUG.test(raw.id)) return { ok: false, reason: 'id: not a slug' };
  if (!isText(raw.date) || !isValidPartialDate(raw.date)) return { ok: false, reason: 'date: not a real date' };
  if (raw.endDate !== undefined && (!isText(raw.endDate) || !isValidPartialDate(raw.endDate))) return { ok: false, reason: 'endDate: not a real date' };
  if (!isText(raw.type) || !isEventType(raw.type)) return { ok: false, reason: 'type: unknown' };
  if (!isText(raw.title) || !isText(raw.summary)) return { ok: false, reason: 'title or summary missing' };
  if (!isOptionalText(raw.location) || !isOptionalText(raw.note)) return { ok: false, reason: 'location or note: not text' };
  if (raw.actors !== undefined && !(Array.isArray(raw.actors) && raw.actors.every((id) => typeof id === 'string'))) return { ok: false, reason: 'actors: not a list of ids' };
  if (raw.figures !== undefined && !(isObject(raw.figures) && Object.values(raw.figures).every((n) => typeof n === 'number' && Number.isFinite(n)))) return { ok: false, reason: 'figures: not numbers' };
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) return { ok: false, reason: 'sources: none' };
  for (const source of raw.sources) {
    if (!isObject(source) || !isText(source.document) || !isText(source.publisher) || !isText(source.headline) || !isText(source.quote)) {
      return { ok: false, reason: 'sources: incomplete source' };
    }
  }
  return { ok: true, value: raw.actors === undefined ? { ...raw, actors: [] } : raw };
};

export const quickActor: RecordCheck = (raw) => {
  if (!isObject(raw) || !isText(raw.id) || !isText(raw.name)) return { ok: false, reason: 'id or name missing' };
  if (raw.kind !== 'person' && raw.kind !== 'organization' && raw.kind !== 'state') return { ok: false, reason: 'kind: unknown' };
  if (raw.aliases !== undefined && !(Array.isArray(raw.aliases) && raw.aliases.every((a) => typeof a === 'string'))) return { ok: false, reason: 'aliases: not text' };
  return { ok: true, value: raw.aliases === undefined ? { ...raw, aliases: [] } : raw };
};
