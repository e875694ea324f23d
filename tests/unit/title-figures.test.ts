import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, ROOT } from '../../scripts/data/paths';
import { readRecordDir } from '../../scripts/data/read-records';
import type { FigureQualifier } from '../../src/domain/figures';

/**
 * A title must word a figure as the figure is qualified: "at least 1,385" for `at least`, a plain
 * "1,265" for `exact`. A title that says a bare number for a qualified figure (or a qualifier the
 * figure does not have) tells the reader more, or less, than the source does.
 */

/** The words a title may put before a number for each qualifier (the quote's own wording included). */
const WORDS: Record<Exclude<FigureQualifier, 'exact'>, readonly string[]> = {
  over: ['over', 'more than'],
  about: ['about', 'approximately', 'around'],
  'at least': ['at least', 'a minimum of'],
  'up to': ['up to'],
  almost: ['almost', 'nearly'],
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

export interface TitleNumber {
  value: number;
  /** The qualifier the title's words give the number (`exact` when none). */
  qualifier: FigureQualifier;
  text: string;
}

/** The numbers a title states, with the qualifier its words give each. Dates and article numbers are not figures. */
export function titleNumbers(title: string): TitleNumber[] {
  const found: TitleNumber[] = [];
  const pattern = new RegExp(`\\b(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join('|')})(\\s+(?:thousand|million))?\\b`, 'gi');
  for (const match of title.matchAll(pattern)) {
    const before = title.slice(0, match.index).toLowerCase();
    const after = title.slice(match.index + match[0].length);
    if (/(article|no\.|part)\s*$/i.test(before)) continue;
    if (new RegExp(`^\\s+(${MONTHS})\\b`).test(after) || new RegExp(`(${MONTHS})\\s*$`, 'i').test(before)) continue;
    // "one and a half years", "one id", "the one ..." are not stated figures.
    const raw = (match[1] ?? '').toLowerCase();
    if (raw === 'one' && !/^\s+(year|month)/i.test(after)) continue;
    let value = NUMBER_WORDS[raw] ?? Number(raw.replaceAll(',', ''));
    if (match[2]) value *= /million/i.test(match[2]) ? 1_000_000 : 1000;
    let qualifier: FigureQualifier = 'exact';
    for (const [name, words] of Object.entries(WORDS) as [Exclude<FigureQualifier, 'exact'>, readonly string[]][]) {
      if (words.some((word) => before.endsWith(`${word} `))) qualifier = name;
    }
    found.push({ value, qualifier, text: match[0] });
  }
  return found;
}

interface EventRecord {
  id: string;
  title: string;
  figures?: { [name: string]: { value: number; qualifier: FigureQualifier } };
}

/** What is wrong with a record's title against its figures, one line per number. */
export function titleFigureProblems(record: EventRecord): string[] {
  const figures = Object.entries(record.figures ?? {});
  const problems: string[] = [];
  for (const number of titleNumbers(record.title)) {
    const same = figures.filter(([, figure]) => figure.value === number.value);
    const worded = (qualifier: FigureQualifier) => (qualifier === 'exact' ? 'a plain number' : `"${qualifier}"`);
    if (same.length === 0) {
      // A plain number with no figure may be a date or a count the title only mentions (a year, "four years").
      if (number.qualifier !== 'exact')
        problems.push(`"${number.text}" is worded ${worded(number.qualifier)} but no figure has the value ${number.value}`);
      continue;
    }
    if (!same.some(([, figure]) => figure.qualifier === number.qualifier)) {
      const have = same.map(([name, figure]) => `${name} is ${worded(figure.qualifier)}`).join(', ');
      problems.push(`"${number.text}" is worded ${worded(number.qualifier)}, but ${have}`);
    }
  }
  return problems;
}

describe('title numbers and figure qualifiers', () => {
  it('reads a qualifier from the words before a number, and skips dates and article numbers', () => {
    expect(titleNumbers('Viasna: at least 1,385 freed; more than 600 days; almost 5,000; 30 December 2024; Article 411')).toEqual([
      { value: 1385, qualifier: 'at least', text: '1,385' },
      { value: 600, qualifier: 'over', text: '600' },
      { value: 5000, qualifier: 'almost', text: '5,000' },
    ]);
    expect(titleNumbers('sentenced to seven years')).toEqual([{ value: 7, qualifier: 'exact', text: 'seven' }]);
    expect(titleNumbers('around 2 million abroad')).toEqual([{ value: 2_000_000, qualifier: 'about', text: '2 million' }]);
  });

  it('fails a bare number for a qualified figure, and a qualifier the figure does not have', () => {
    const at = { value: 1385, qualifier: 'at least' as const };
    expect(titleFigureProblems({ id: 'x', title: 'Viasna: 1,385 freed', figures: { released: at } })).toHaveLength(1);
    expect(titleFigureProblems({ id: 'x', title: 'Viasna: at least 1,385 freed', figures: { released: at } })).toEqual([]);
    const exact = { value: 11, qualifier: 'exact' as const };
    expect(titleFigureProblems({ id: 'x', title: 'sentenced to at least 11 years', figures: { years: exact } })).toHaveLength(1);
    expect(titleFigureProblems({ id: 'x', title: 'more than 600 days incommunicado' })).toHaveLength(1);
  });

  // The curated records (DATA_DIR, data/ by default: DATA_DIR=<old checkout>/data runs it on other records).
  it('holds for every curated event', () => {
    const problems = readRecordDir(resolve(DATA_DIR, 'events'), ROOT).flatMap(({ name, data }) =>
      titleFigureProblems(data as EventRecord).map((problem) => `${name}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
