import { intlLocales, type Language } from './languages';

/**
 * How a source words a figure, from the words of its quote: "more than 1,300" is `over`,
 * "approximately 1,200" `about`, "at least 21" `at least`, a number said plainly `exact`.
 * "up to 150" (a ceiling: 150 or fewer) and "nearly 300" (`almost`: a little under 300)
 * have their own, because neither is `about` nor `exact`, and the sources use both.
 */
export const FIGURE_QUALIFIERS = ['exact', 'about', 'over', 'at least', 'up to', 'almost'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/**
 * A figure as the app reads it. Files published before qualifiers held bare numbers; they
 * are read as `{ value }` without a qualifier: shown as the number, claiming nothing more.
 */
export interface Figure {
  value: number;
  qualifier?: FigureQualifier;
}

export function isFigureQualifier(value: unknown): value is FigureQualifier {
  return (FIGURE_QUALIFIERS as readonly unknown[]).includes(value);
}

/** The words put before the number; `exact` and a bare number from an old file show the number alone. */
const WORDS: Record<FigureQualifier, string> = {
  exact: '',
  about: 'about',
  over: 'over',
  'at least': 'at least',
  'up to': 'up to',
  almost: 'almost',
};

/**
 * "over 1,300", "about 1,200", "1,265"; the number by Intl in the reader's language, the words
 * from `wordsOf` (the interface's strings give them in Belarusian and Russian).
 */
export function formatFigure(
  figure: Figure,
  lang: Language = 'en',
  wordsOf: (qualifier: FigureQualifier) => string = (q) => WORDS[q],
): string {
  const number = figure.value.toLocaleString(lang === 'en' ? 'en-US' : intlLocales(lang));
  const words = figure.qualifier && figure.qualifier !== 'exact' ? wordsOf(figure.qualifier) : '';
  return words ? `${words} ${number}` : number;
}

/**
 * How far a vague claim reaches: "about 1,200" is read as 1,080 to 1,320, "almost 300"
 * as 270 up to (not including) 300. The sources give no margin; a tenth is our reading,
 * wide enough not to call a rounding a disagreement.
 */
const VAGUE_MARGIN = 0.1;

interface Range {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** The values a claim allows. A bare number from an old file is read as exact. */
export function rangeOf({ value, qualifier = 'exact' }: Figure): Range {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value, lowOpen: false, highOpen: false };
    case 'over':
      return { low: value, high: Infinity, lowOpen: true, highOpen: false };
    case 'at least':
      return { low: value, high: Infinity, lowOpen: false, highOpen: false };
    case 'up to':
      return { low: 0, high: value, lowOpen: false, highOpen: false };
    case 'almost':
      return { low: value * (1 - VAGUE_MARGIN), high: value, lowOpen: false, highOpen: true };
    case 'about':
      return { low: value * (1 - VAGUE_MARGIN), high: value * (1 + VAGUE_MARGIN), lowOpen: false, highOpen: false };
  }
}

/**
 * Two claims disagree when no single value satisfies both: 1,265 and 1,296 disagree;
 * "over 1,300" disagrees with 1,265 or 1,300 but not with 1,310, "at least 1,300" or
 * "over 1,200"; "about 1,200" disagrees with 1,385 but not with 1,265.
 */
export function figuresDisagree(a: Figure, b: Figure): boolean {
  const x = rangeOf(a);
  const y = rangeOf(b);
  const low = Math.max(x.low, y.low);
  const high = Math.min(x.high, y.high);
  if (low < high) return false;
  if (low > high) return true;
  // The ranges touch at one value: they share it only if neither excludes it.
  const lowOpen = (x.low === low && x.lowOpen) || (y.low === low && y.lowOpen);
  const highOpen = (x.high === high && x.highOpen) || (y.high === high && y.highOpen);
  return lowOpen || highOpen;
}
