import { formatPartialDate, formatRange } from '../../domain/partial-date';
import { SITE_TITLE } from '../../domain/links';
import type { TimelineEvent } from '../../domain/schema';

/** A plain-text citation: what, when, where it was retrieved, from which dataset version, and on what sources it rests. */
export function citeEvent(event: TimelineEvent, version: string, permalink: string, retrieved: Date): string {
  const sources = event.sources
    .map((s) => `${s.publisher}, “${s.headline}”${s.published ? ` (${formatPartialDate(s.published)})` : ''}`)
    .join('; ');
  return (
    `“${event.title}” (${formatRange(event.date, event.endDate)}). In: ${SITE_TITLE}, dataset version ${version}. ` +
    `${permalink} (retrieved ${retrieved.toISOString().slice(0, 10)}). Sources: ${sources}.`
  );
}
