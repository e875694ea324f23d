import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DatasetIndex } from '../domain/dataset-index';
import type { Language } from '../domain/languages';
import { translationFile, type TranslationFile } from '../domain/published-files';
import type { Translation } from '../domain/schema';
import { isText } from './quick-check';

const TIMEOUT_MS = 20_000;
/** Started by the page's script for a Belarusian or Russian reader, beside the dataset (see prefetchTranslations). */
const early = new Map<string, Promise<Response>>();

const urlOf = (file: string) => new URL(`data/${file}`, document.baseURI).href;

/** Starts the download of a language's titles and summaries under their usual name, so they arrive with the dataset. */
export function prefetchTranslations(lang: Language): void {
  if (lang === 'en' || typeof fetch !== 'function') return;
  const url = urlOf(translationFile(lang));
  const request = fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  request.catch(() => undefined); // an early fetch nobody uses may fail unseen; the query reports its own
  early.set(url, request);
}

function isTranslation(value: unknown): value is Translation {
  if (typeof value !== 'object' || value === null) return false;
  const { title, summary, translatedFrom } = value as Record<string, unknown>;
  return isText(title) && isText(summary) && translatedFrom === 'en';
}

/**
 * The file's shape, checked by hand (this runs beside the first screen, without the schema library): an
 * entry that is not a marked translation is left out, and its event shows in English.
 */
function parseTranslationFile(json: unknown, lang: Language): TranslationFile | null {
  if (typeof json !== 'object' || json === null) return null;
  const { version, translations, actors } = json as Record<string, unknown>;
  if (!isText(version) || typeof translations !== 'object' || translations === null) return null;
  const entries = Object.entries(translations as Record<string, unknown>).filter((entry): entry is [string, Translation] => isTranslation(entry[1]));
  // Actors' names (files before them have none); the index keeps only a name that is one of the actor's aliases.
  const names = typeof actors === 'object' && actors !== null ? Object.entries(actors).filter((entry): entry is [string, string] => isText(entry[1])) : [];
  return { version, lang, translations: Object.fromEntries(entries), ...(names.length ? { actors: Object.fromEntries(names) } : {}) };
}

export const translationsQueryOptions = (file: string, lang: Language, version: string) =>
  queryOptions({
    queryKey: ['translations', file, lang, version],
    queryFn: async ({ signal }): Promise<TranslationFile | null> => {
      const url = urlOf(file);
      const pending = early.get(url);
      early.delete(url);
      const response = await (pending ?? fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]) }));
      if (!response.ok) return null;
      return parseTranslationFile(await response.json(), lang);
    },
    staleTime: Infinity,
    retry: false,
  });

/**
 * The index in the reader's language: once the dataset's translation file for it has arrived, the index
 * with those titles and summaries (shown and searched). Until then, or when it cannot be had, the English.
 */
export function useTranslatedIndex(index: DatasetIndex, lang: Language): DatasetIndex {
  const file = lang === 'en' ? undefined : index.parts.translations?.[lang];
  const query = useQuery({ ...translationsQueryOptions(file ?? '', lang, index.version), enabled: file !== undefined });
  const translations = file ? query.data : undefined;
  return useMemo(() => (translations ? index.withTranslations(translations) : index), [index, translations]);
}
