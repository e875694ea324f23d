import type { TFunction } from 'i18next';
import type { Language } from '../../domain/languages';
import { localizedText } from '../../domain/localized-event';
import { formatPartialDate, formatRange } from '../../domain/partial-date';
import type { TimelineEvent } from '../../domain/schema';

/**
 * A plain-text citation in the reader's language (`cite.text`): what (the title the reader sees), when,
 * where it was retrieved, from which dataset version, and on what sources it rests (as they are written).
 */
export function citeEvent(event: TimelineEvent, version: string, permalink: string, retrieved: Date, t: TFunction, lang: Language): string {
  const sources = event.sources
    .map((s) =>
      s.published
        ? t('cite.sourceDated', { publisher: s.publisher, headline: s.headline, date: formatPartialDate(s.published, lang) })
        : t('cite.source', { publisher: s.publisher, headline: s.headline }),
    )
    .join('; ');
  return t('cite.text', {
    title: localizedText(event, lang).title,
    date: formatRange(event.date, event.endDate, lang),
    site: t('site.title'),
    version,
    link: permalink,
    retrieved: retrieved.toISOString().slice(0, 10),
    sources,
  });
}
