import { formatRange, precisionOf } from '../../domain/partial-date';
import { i18next } from '../../i18n/i18n';
import type { BucketSpec } from './aggregate';
import type { TimelineItemSpec } from './timeline-item';

/**
 * The DOM nodes the timeline shows for an event and for a folded period, in the interface's
 * language. Dataset text goes in through textContent and attributes only, never as HTML.
 */
export function buildContent(spec: TimelineItemSpec): HTMLElement {
  const t = i18next.getFixedT(spec.lang);
  const dateLabel = formatRange(spec.date, spec.endDate, spec.lang);
  const typeLabel = t(`type.${spec.type}`);
  const root = document.createElement('span');
  root.className = 'tl-item';
  root.dataset.eventId = spec.id;
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  const notes = [
    spec.approximate ? t(`timeline.approximate.${precisionOf(spec.date)}`) : '',
    spec.conflict ? t('timeline.conflict') : '',
  ].filter(Boolean);
  root.setAttribute('aria-label', [spec.title, typeLabel, dateLabel, ...notes].join(', '));
  root.title = `${spec.title}\n${typeLabel} · ${dateLabel}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  root.style.setProperty('--type-color', spec.color);
  const marker = document.createElement('span');
  marker.className = 'tl-marker';
  marker.setAttribute('aria-hidden', 'true');
  marker.textContent = spec.marker;
  const text = document.createElement('span');
  text.className = 'tl-title';
  // An English title on a Belarusian or Russian page says so, for screen readers and hyphenation.
  text.lang = spec.titleLang;
  text.textContent = spec.title;
  root.append(marker, text);
  if (spec.conflict) {
    const badge = document.createElement('span');
    badge.className = 'tl-conflict-badge';
    badge.setAttribute('aria-hidden', 'true');
    badge.textContent = '≠';
    root.append(badge);
  }
  return root;
}

export function buildBucket(bucket: BucketSpec): HTMLElement {
  const t = i18next.t.bind(i18next);
  const root = document.createElement('span');
  root.className = 'tl-bucket-label';
  root.dataset.bucketId = bucket.id;
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  const breakdown = bucket.types.map(([type, count]) => t('timeline.typeCount', { count, type: t(`type.${type}`) })).join(', ');
  const events = t('count.events', { count: bucket.count });
  root.setAttribute('aria-label', t('timeline.bucketLabel', { events, breakdown }));
  root.title = t('timeline.bucketTitle', { events, breakdown });
  root.textContent = events;
  return root;
}
