import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, ROOT } from '../../scripts/data/paths';
import { readRecordDir } from '../../scripts/data/read-records';
import { figureLabel, formatFigureIn } from '../../src/components/ui/figures';
import type { Figure } from '../../src/domain/figures';
import type { Language } from '../../src/domain/languages';
import { switchLanguage } from '../../src/i18n/i18n';
import be from '../../src/i18n/locales/be.json';
import en from '../../src/i18n/locales/en.json';
import ru from '../../src/i18n/locales/ru.json';

const CYRILLIC_ONLY = /^[\p{Script=Cyrillic}\s\d«»“”'’(),.-]+$/u;

/** Every figure key the curated events use. */
function figureKeys(): string[] {
  const keys = readRecordDir(resolve(DATA_DIR, 'events'), ROOT).flatMap(({ data }) =>
    Object.keys((data as { figures?: object }).figures ?? {}),
  );
  return [...new Set(keys)].sort();
}

/** Formats in `lang`, with that language's strings loaded and shown, as the panel does. */
async function inLanguage(lang: Language, figure: Figure, key?: string): Promise<string> {
  await switchLanguage(lang);
  return formatFigureIn(figure, lang, key);
}

describe('figure labels', () => {
  beforeAll(() => switchLanguage('be'));
  afterAll(() => switchLanguage('en'));

  it('name every figure the data uses, in English, Belarusian (in Cyrillic) and Russian', () => {
    const keys = figureKeys();
    expect(keys.length).toBeGreaterThan(80);
    const missing = keys.filter((key) => !(key in en.figure && key in be.figure && key in ru.figure));
    expect(missing).toEqual([]);
    for (const key of keys) {
      expect(be.figure[key as keyof typeof be.figure], key).toMatch(CYRILLIC_ONLY);
      expect(ru.figure[key as keyof typeof ru.figure], key).toMatch(CYRILLIC_ONLY);
      // Belarusian never writes и, щ, ъ; Russian never writes і, ў.
      expect(be.figure[key as keyof typeof be.figure], key).not.toMatch(/[ищъ]/i);
      expect(ru.figure[key as keyof typeof ru.figure], key).not.toMatch(/[іў]/i);
    }
  });

  it('shows a label in the language shown, and a key without one in English words, marked English', async () => {
    await switchLanguage('be');
    expect(figureLabel('fineUsd', 'be')).toEqual({ text: 'Штраф', lang: 'be' });
    expect(figureLabel('tortureSurvivors', 'be')).toEqual({ text: 'Перажылі катаванні', lang: 'be' });
    // A key added to the data before its label: its words without the unit, in English.
    expect(figureLabel('probationYears', 'be')).toEqual({ text: 'Probation', lang: 'en' });
    expect(figureLabel('newArticle342Cases', 'be')).toEqual({ text: 'New article 342 cases', lang: 'en' });
  });

  it('says terms with the plural form each number needs, and the genitive after "about", "up to"…', async () => {
    const years = (value: number, qualifier: Figure['qualifier'] = 'exact') => ({ value, qualifier });
    expect(await inLanguage('be', years(1), 'sentenceYears')).toBe('1 год');
    expect(await inLanguage('be', years(3), 'sentenceYears')).toBe('3 гады');
    expect(await inLanguage('be', years(7), 'sentenceYears')).toBe('7 гадоў');
    expect(await inLanguage('be', years(21), 'sentenceYears')).toBe('21 год');
    expect(await inLanguage('be', years(2, 'about'), 'sentenceYears')).toBe('каля 2 гадоў');
    expect(await inLanguage('be', years(2, 'over'), 'sentenceYears')).toBe('больш за 2 гады');
    expect(await inLanguage('be', years(600, 'over'), 'daysIncommunicado')).toBe('больш за 600 дзён');
    expect(await inLanguage('be', years(18), 'sentenceMonths')).toBe('18 месяцаў');
    expect(await inLanguage('ru', years(1), 'sentenceYears')).toBe('1 год');
    expect(await inLanguage('ru', years(4), 'sentenceYears')).toBe('4 года');
    expect(await inLanguage('ru', years(11, 'at least'), 'sentenceYears')).toBe('не менее 11 лет');
    expect(await inLanguage('ru', years(2, 'about'), 'sentenceYears')).toBe('около 2 лет');
    expect(await inLanguage('ru', years(1, 'over'), 'sentenceYears')).toBe('более 1 года');
    expect(await inLanguage('ru', years(2, 'almost'), 'sentenceYears')).toBe('почти 2 года');
    expect(await inLanguage('ru', years(22), 'sentenceMonths')).toBe('22 месяца');
    expect(await inLanguage('ru', years(330), 'flagLengthMeters')).toBe('330 метров');
    expect(await inLanguage('en', years(1), 'sentenceYears')).toBe('1 year');
    expect(await inLanguage('en', years(600, 'over'), 'daysWithoutContact')).toBe('over 600 days');
    // A unit-only key names nothing counted: a plain number, as before.
    expect(await inLanguage('ru', years(3), 'years')).toBe('3');
  });

  it('writes money with Intl in the language shown', async () => {
    expect(await inLanguage('en', { value: 9770, qualifier: 'exact' }, 'fineUsd')).toBe('$9,770');
    expect(await inLanguage('ru', { value: 9770, qualifier: 'exact' }, 'fineUsd')).toMatch(/^9\s770\s\$$/);
    expect(await inLanguage('en', { value: 140, qualifier: 'over' }, 'assistanceEurMillions')).toBe('over €140M');
    expect(await inLanguage('ru', { value: 140, qualifier: 'over' }, 'assistanceEurMillions')).toMatch(/^более 140\sмлн\s€$/);
    expect(await inLanguage('be', { value: 3, qualifier: 'exact' }, 'transitionPledgeEurBillions')).toMatch(/^3\sмлрд\s€$/);
  });
});
