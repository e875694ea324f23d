import { formatRange, precisionOf } from '../../domain/partial-date';
import type { BucketSpec } from './aggregate';
import type { TimelineItemSpec } from './timeline-item';

/**
 * The DOM nodes the timeline shows for an event and for a folded period.
 * Dataset text goes in through textContent and attributes only, never as HTML.
 */
export function buildContent(spec: TimelineItemSpec): HTMLElement {
  const dateLabel = formatRange(spec.date, spec.endDate);
  const root = document.createElement('span');
  root.className = 'tl-item';
  root.dataset.eventId = spec.id;
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  const notes = [
    spec.approximate ? `date known only to the ${precisionOf(spec.date)}` : '',
    spec.conflict ? 'sources disagree on this figure' : '',
  ].filter(Boolean);
  root.setAttribute('aria-label', [spec.title, spec.typeLabel, dateLabel, ...notes].join(', '));
  root.title = `${spec.title}\n${spec.typeLabel} · ${dateLabel}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  root.style.setProperty('--type-color', spec.color);
  const marker = document.createElement('span');
  marker.className = 'tl-marker';
  marker.setAttribute('aria-hidden', 'true');
  marker.textContent = spec.marker;
  const text = document.createElement('span');
  text.className = 'tl-title';
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
  const root = document.createElement('span');
  root.className = 'tl-bucket-label';
  root.dataset.bucketId = bucket.id;
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  const breakdown = bucket.types.map(([label, count]) => `${count} ${label}`).join(', ');
  root.setAttribute('aria-label', `${bucket.count} events: ${breakdown}. Show them`);
  root.title = `${bucket.count} events (${breakdown})\nClick to zoom in`;
  root.textContent = `${bucket.count} events`;
  return root;
}
