import { afterAll, describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../../src/domain/languages';
import { SITE_HEADING, SITE_TITLE } from '../../src/domain/links';
import { resolveQueryActors } from '../../src/domain/resolve-actors';
import type { Actor } from '../../src/domain/schema';
import { i18next, switchLanguage } from '../../src/i18n/i18n';
import be from '../../src/i18n/locales/be.json';
import en from '../../src/i18n/locales/en.json';
import ru from '../../src/i18n/locales/ru.json';

/** Every key of a resource, plural forms folded to their base key. */
function keys(resource: object, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  );
}

describe('the interface in three languages', () => {
  afterAll(() => switchLanguage('en'));

  it('has every English string in Belarusian and Russian, and no string English lacks', () => {
    const english = new Set(keys(en));
    for (const other of [be, ru]) expect(new Set(keys(other))).toEqual(english);
  });

  it('counts events with the plural forms of each language', async () => {
    const counts = [1, 2, 5, 11, 21, 22, 25, 111, 1001];
    const said = (lang: string) => counts.map((count) => i18next.getFixedT(lang)('count.events', { count }));
    await switchLanguage('be');
    await switchLanguage('ru');
    expect(said('be')).toEqual([
      '1 падзея',
      '2 падзеі',
      '5 падзей',
      '11 падзей',
      '21 падзея',
      '22 падзеі',
      '25 падзей',
      '111 падзей',
      // Numbers by Intl: Belarusian and Russian group only from five digits (10 001).
      `${new Intl.NumberFormat('be').format(1001)} падзея`,
    ]);
    expect(said('ru')).toEqual([
      '1 событие',
      '2 события',
      '5 событий',
      '11 событий',
      '21 событие',
      '22 события',
      '25 событий',
      '111 событий',
      `${new Intl.NumberFormat('ru').format(1001)} событие`,
    ]);
    expect(said('en')).toEqual([
      '1 event',
      '2 events',
      '5 events',
      '11 events',
      '21 events',
      '22 events',
      '25 events',
      '111 events',
      '1,001 events',
    ]);
  });

  it('says "of N" with the genitive each count needs', async () => {
    await switchLanguage('ru');
    const t = i18next.getFixedT('ru');
    expect(t('status.showing', { shown: 1, count: 21 })).toBe('Показано 1 из 21 события');
    expect(t('status.showing', { shown: 3, count: 5 })).toBe('Показано 3 из 5 событий');
    expect(i18next.getFixedT('be')('status.showing', { shown: 2, count: 22 })).toBe('Паказана 2 з 22 падзей');
  });

  it('switches the page language with the strings', async () => {
    await switchLanguage('be');
    expect(document.documentElement.lang).toBe('be');
    expect(i18next.t('type.release')).toBe('Вызваленне');
    await switchLanguage('ru');
    expect(i18next.t('type.pardon')).toBe('Помилование');
    await switchLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('names the site in English exactly as the page template and the exports do', () => {
    expect(en.site.title).toBe(SITE_TITLE);
    expect(en.site.heading).toBe(SITE_HEADING);
  });

  it('picks the first browser language it speaks, else English', () => {
    expect(negotiateLanguage(['be-BY', 'ru'])).toBe('be');
    expect(negotiateLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(negotiateLanguage(['uk', 'pl'])).toBe('en');
    expect(negotiateLanguage([])).toBe('en');
  });
});

describe('search across scripts', () => {
  const person: Actor = {
    id: 'sviatlana-tsikhanouskaya',
    name: 'Sviatlana Tsikhanouskaya',
    aliases: ['Tsikhanouskaya', 'Cichanoŭskaja', 'Ціханоўская', 'Тихановская'],
    kind: 'person',
  };
  const spellingsFor = (query: string) => resolveQueryActors([person], query).spellings.sort();

  it('recognises one person from Latin, Belarusian and Russian spellings, in any case and with or without marks', () => {
    const all = spellingsFor('Tsikhanouskaya');
    expect(all.length).toBeGreaterThan(0);
    for (const query of ['Ціханоўская', 'ЦІХАНОЎСКАЯ', 'Циханоуская', 'Тихановская', 'тихановская', 'cichanouskaja']) {
      expect(spellingsFor(query), query).toEqual(all);
    }
    expect(spellingsFor('Тихонов')).toEqual([]);
  });
});
