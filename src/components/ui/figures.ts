import { formatFigure, type Figure } from '../../domain/figures';
import type { Language } from '../../domain/languages';
import { i18next } from '../../i18n/i18n';

const LABELS: Record<string, string> = {
  released: 'Released',
  pardoned: 'Pardoned',
  politicalPrisoners: 'Political prisoners',
  sentenceYears: 'Sentence (years)',
  sentenceMonths: 'Sentence (months)',
  detained: 'Detained',
  listed: 'Listed',
  count: 'Count',
};

/** A figure's name in the interface's language; "politicalPrisoners" → "Political prisoners" for figures without a label. */
export function figureLabel(key: string): string {
  const known = LABELS[key];
  if (known) return i18next.t(`figure.${key}`, { defaultValue: known });
  const words = key
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A figure with its qualifier ("больш за 1 300"), in the language the interface shows. */
export function formatFigureIn(figure: Figure, lang: Language): string {
  return formatFigure(figure, lang, (qualifier) => i18next.t(`qualifier.${qualifier}`));
}
