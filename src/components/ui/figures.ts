import { formatFigure, type Figure } from '../../domain/figures';
import { intlLocales, type Language } from '../../domain/languages';
import { i18next } from '../../i18n/i18n';

/**
 * What a figure's key says its number counts, by the curators' naming convention (camelCase, the unit
 * last): `sentenceYears`, `daysIncommunicado`, `flagLengthMeters`, `fineUsd`, `assistanceEurMillions`.
 * A key that is only a unit ("years") names no thing counted, so it is read as a plain number.
 */
type Unit = { kind: 'measure'; unit: 'years' | 'months' | 'days' | 'meters' } | { kind: 'money'; currency: 'USD' | 'EUR'; scale: number };

const MEASURES: [pattern: RegExp, unit: Unit][] = [
  [/(?<=[a-z0-9])Years$/, { kind: 'measure', unit: 'years' }],
  [/(?<=[a-z0-9])Months$/, { kind: 'measure', unit: 'months' }],
  [/^days(?=[A-Z])|(?<=[a-z0-9])Days$/, { kind: 'measure', unit: 'days' }],
  [/(?<=[a-z0-9])Meters$/, { kind: 'measure', unit: 'meters' }],
  [/(?<=[a-z0-9])UsdMillions$/, { kind: 'money', currency: 'USD', scale: 1e6 }],
  [/(?<=[a-z0-9])UsdBillions$/, { kind: 'money', currency: 'USD', scale: 1e9 }],
  [/(?<=[a-z0-9])Usd$/, { kind: 'money', currency: 'USD', scale: 1 }],
  [/(?<=[a-z0-9])EurMillions$/, { kind: 'money', currency: 'EUR', scale: 1e6 }],
  [/(?<=[a-z0-9])EurBillions$/, { kind: 'money', currency: 'EUR', scale: 1e9 }],
  [/(?<=[a-z0-9])Eur$/, { kind: 'money', currency: 'EUR', scale: 1 }],
];

function measureOf(key: string): { unit: Unit; rest: string } | null {
  for (const [pattern, unit] of MEASURES) if (pattern.test(key)) return { unit, rest: key.replace(pattern, '') };
  return null;
}

/** "politicalPrisoners" → "Political prisoners": the words of a key no label names yet (in English). */
function wordsOf(key: string): string {
  const words = key
    .replace(/([A-Z])/g, ' $1')
    .replace(/(\d+)/g, ' $1')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface FigureLabel {
  text: string;
  /** The language the label is in: the interface's, or English for a key no label names yet. */
  lang: Language;
}

/**
 * A figure's name in the interface's language (`figure.<key>` in the locale files). A key added to the
 * data before its label gets its words in English, without its unit ("fineUsd" → "Fine"), marked English.
 */
export function figureLabel(key: string, lang: Language): FigureLabel {
  if (i18next.exists(`figure.${key}`)) return { text: i18next.t(`figure.${key}`), lang };
  const measure = measureOf(key);
  return { text: wordsOf(measure?.rest || key), lang: 'en' };
}

/** Numbers as the rest of the app writes them ("1,265", "1 265"). */
const numberLocales = (lang: Language) => (lang === 'en' ? 'en-US' : intlLocales(lang));

/**
 * A figure with its qualifier and, where its key names one, its unit, in the language the interface
 * shows: "over 1,300", "больш за 600 дзён", "не менее 11 лет", "140 млн €". Units are plural forms
 * (`figureUnit.*`); after a qualifier that governs the genitive in that language ("около 2 лет",
 * but "почти 2 года"), its genitive forms (`qualifierCase`). Money is Intl's currency format.
 */
export function formatFigureIn(figure: Figure, lang: Language, key?: string): string {
  const qualified = figure.qualifier && figure.qualifier !== 'exact' ? figure.qualifier : undefined;
  const words = qualified ? i18next.t(`qualifier.${qualified}`) : '';
  const unit = key ? measureOf(key)?.unit : undefined;
  if (!unit) return formatFigure(figure, lang, (qualifier) => i18next.t(`qualifier.${qualifier}`));
  let amount: string;
  if (unit.kind === 'money') {
    amount = new Intl.NumberFormat(numberLocales(lang), {
      style: 'currency',
      currency: unit.currency,
      ...(unit.scale > 1 ? { notation: 'compact' } : { maximumFractionDigits: 0 }),
    }).format(figure.value * unit.scale);
  } else {
    const number = figure.value.toLocaleString(numberLocales(lang));
    const context = qualified ? i18next.t(`qualifierCase.${qualified}`) : '';
    amount = i18next.t(`figureUnit.${unit.unit}`, { count: figure.value, number, ...(context ? { context } : {}) });
  }
  return words ? `${words} ${amount}` : amount;
}
