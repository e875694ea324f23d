import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, ROOT } from '../../scripts/data/paths';
import { readRecordDir } from '../../scripts/data/read-records';
import { localizedName, otherSpellings } from '../../src/domain/actor-names';
import { joinPublished, splitPublished } from '../../src/domain/published-files';
import { actorSchema, type Actor } from '../../src/domain/schema';
import { sampleDataset } from '../fixtures/sample-dataset';

const CYRILLIC = /\p{Script=Cyrillic}/u;

const lukashenko: Actor = {
  id: 'alexander-lukashenko',
  name: 'Alexander Lukashenko',
  aliases: ['Łukašenka', 'Аляксандр Лукашэнка', 'Александр Лукашенко'],
  names: { be: 'Аляксандр Лукашэнка', ru: 'Александр Лукашенко' },
  kind: 'person',
};

describe("actors' names in Belarusian and Russian", () => {
  it('are given to every curated actor with Cyrillic spellings (npx tsx scripts/data/migrations/actor-names.ts)', () => {
    const missing = readRecordDir(resolve(DATA_DIR, 'actors'), ROOT).flatMap(({ name, data }) => {
      const actor = data as Actor;
      return actor.aliases.some((alias) => CYRILLIC.test(alias)) && !actor.names ? [name] : [];
    });
    expect(missing).toEqual([]);
  });

  it('are refused by the schema unless they are one of the aliases', () => {
    expect(actorSchema.safeParse(lukashenko).success).toBe(true);
    const invented = actorSchema.safeParse({ ...lukashenko, names: { be: 'Лукашэнка Аляксандр' } });
    expect(invented.success).toBe(false);
    expect(invented.error?.issues[0]?.path).toEqual(['names', 'be']);
  });

  it("shows the reader's language where there is a name in it, else English, and the rest as other spellings", () => {
    expect(localizedName(lukashenko, 'be')).toEqual({ text: 'Аляксандр Лукашэнка', lang: 'be' });
    expect(localizedName(lukashenko, 'ru')).toEqual({ text: 'Александр Лукашенко', lang: 'ru' });
    expect(localizedName(lukashenko, 'en')).toEqual({ text: 'Alexander Lukashenko', lang: 'en' });
    expect(localizedName({ ...lukashenko, names: { be: 'Аляксандр Лукашэнка' } }, 'ru')).toEqual({
      text: 'Alexander Lukashenko',
      lang: 'en',
    });
    expect(otherSpellings(lukashenko, 'be')).toEqual(['Alexander Lukashenko', 'Łukašenka', 'Александр Лукашенко']);
  });

  it('are published in the language files, not in events.json, and joined back', () => {
    const dataset = sampleDataset();
    dataset.actors = dataset.actors.map((actor) => (actor.id === lukashenko.id ? lukashenko : actor));
    const { core, translations } = splitPublished(dataset);
    expect(core.actors.find((actor) => actor.id === lukashenko.id)).not.toHaveProperty('names');
    expect(translations.map((file) => [file.lang, file.actors])).toEqual([
      ['be', { [lukashenko.id]: 'Аляксандр Лукашэнка' }],
      ['ru', { [lukashenko.id]: 'Александр Лукашенко' }],
    ]);
    expect(joinPublished(core, undefined, translations).actors.find((actor) => actor.id === lukashenko.id)).toEqual(lukashenko);
    // A file's name that is not one of the actor's aliases is left out.
    const tampered = translations.map((file) => ({ ...file, actors: { [lukashenko.id]: 'Someone Else' } }));
    expect(joinPublished(core, undefined, tampered).actors.find((actor) => actor.id === lukashenko.id)).not.toHaveProperty('names');
  });
});
