import { EVENT_TYPES, type EventType } from '../../domain/event-types';

export function TypeBadge({ type }: { type: EventType }) {
  const meta = EVENT_TYPES[type];
  return (
    <span className="type-badge" style={{ '--type-color': meta.color } as React.CSSProperties}>
      <span aria-hidden="true">{meta.marker}</span> {meta.label}
    </span>
  );
}
