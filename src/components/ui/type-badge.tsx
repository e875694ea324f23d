import { EVENT_TYPES, type EventType } from '../../domain/event-types';
import { useI18n } from '../../i18n/i18n';

export function TypeBadge({ type }: { type: EventType }) {
  const { t } = useI18n();
  const meta = EVENT_TYPES[type];
  return (
    <span className="type-badge" style={{ '--type-color': meta.color } as React.CSSProperties}>
      <span aria-hidden="true">{meta.marker}</span> {t(`type.${type}`)}
    </span>
  );
}
