import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../schema';
import { buildCorpus, CorpusBuilder, eventSearchText, matchCorpus } from './search-corpus';
import { foldText, queryTokens } from '../text';

const event = (id: string, title: string, summary = '', actors: string[] = []): TimelineEvent =>
  ({ id, date: '2024-01-01', type: 'other', title, summary, actors, sources: [] }) as unknown as TimelineEvent;

const actorTexts = new Map([
  ['lukashenko', foldText('Alexander Lukashenko | Łukašenka')],
  ['coale', foldText('John Coale')],
]);

const matching = (events: TimelineEvent[], query: string, spellings: string[] = []) => {
  const marks = matchCorpus(buildCorpus(events, actorTexts), queryTokens(query), spellings);
  return events.filter((_, p) => marks[p] === 1).map((e) => e.id);
};

describe('search corpus', () => {
  const events = [
    event('a', 'Meeting in Minsk', 'Coale met the president', ['coale', 'lukashenko']),
    event('b', 'Release', 'Prisoners freed in Minsk'),
    event('c', 'Sentence', 'A court in Homiel'),
  ];

  it('finds events holding every word, in any field or actor spelling', () => {
    expect(matching(events, 'minsk')).toEqual(['a', 'b']);
    expect(matching(events, 'Minsk freed')).toEqual(['b']);
    expect(matching(events, 'lukasenka')).toEqual(['a']);
    expect(matching(events, 'homiel minsk')).toEqual([]);
    expect(matching(events, 'court', ['freed'])).toEqual(['b', 'c']);
  });

  it('finds an event by its Belarusian or Russian title, in any spelling of the letters', () => {
    const translated = {
      ...event('t', 'Release of prisoners', 'Twenty people freed'),
      translations: {
        be: { title: 'Вызваленне вязняў', summary: 'Вызвалілі дваццаць чалавек', translatedFrom: 'en' },
        ru: { title: 'Освобождение заключённых', summary: 'Освободили двадцать человек', translatedFrom: 'en' },
      },
    } as TimelineEvent;
    const all = [translated, ...events];
    expect(matching(all, 'вызваленне')).toEqual(['t']);
    expect(matching(all, 'ЗАКЛЮЧЕННЫХ')).toEqual(['t']);
    expect(matching(all, 'вязнях')).toEqual([]);
  });

  it('never matches across two events', () => {
    expect(matching([event('x', 'ab'), event('y', 'cd')], 'bc')).toEqual([]);
    expect(matching([event('x', 'ab'), event('y', 'cd')], 'b\nc')).toEqual([]);
  });

  it('gives what a plain per-event search gives, for any texts and words', () => {
    const word = fc.stringMatching(/^[a-cé ]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), word, (titles, query) => {
        const list = titles.map((title, i) => event(`e${i}`, title));
        const tokens = queryTokens(query);
        const plain = list
          .filter((e) => {
            const text = eventSearchText(e, actorTexts);
            return tokens.length > 0 && tokens.every((t) => text.includes(t));
          })
          .map((e) => e.id);
        expect(matching(list, query)).toEqual(plain);
      }),
    );
  });

  it('gives the same matches whatever the chunk size', () => {
    const many = Array.from({ length: 50 }, (_, i) => event(`e${i}`, i % 3 === 0 ? `Minsk court ${i}` : `Homiel ${i}`));
    const marks = (size: number) => [...matchCorpus(buildCorpus(many, actorTexts, size), queryTokens('minsk court'))];
    expect(marks(1)).toEqual(marks(50));
    expect(marks(7)).toEqual(marks(50));
    expect(marks(50).filter(Boolean)).toHaveLength(17);
  });

  it('builds the corpus a slice at a time', () => {
    const builder = new CorpusBuilder(events, actorTexts);
    expect(builder.step(2)).toBe(false);
    expect(builder.step(2)).toBe(true);
    expect(builder.result().length).toBe(3);
    expect(builder.result().chunks.map((c) => c.first)).toEqual([0, 2]);
    expect(builder.result()).toBe(builder.result());
  });
});
