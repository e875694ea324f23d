import type { TFunction } from 'i18next';
import { NOT_NAMED } from '../../domain/counts';

const QUOTED = 'quoted by ';

/** A series' name in the interface's language: the counting organisation's own name stays as it is. */
export function seriesLabel(label: string, t: TFunction): string {
  if (label === NOT_NAMED) return t('counts.notNamed');
  if (label.startsWith(QUOTED)) return t('counts.quotedBy', { name: label.slice(QUOTED.length) });
  return label;
}
