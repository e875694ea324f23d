import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '../../src/i18n/i18n';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';
import { splitPublished } from '../../src/domain/published-files';

afterEach(async () => {
  vi.unstubAllGlobals();
  await switchLanguage('en');
});

const LOADED = { timeout: 15_000 };

describe('the explorer in Belarusian and Russian', { timeout: 30_000 }, () => {
  it('speaks Belarusian for lang=be, with counts, type names and dates in Belarusian, sorted in its order', async () => {
    renderApp({ url: '/?lang=be&event=coale-meets-lukashenko', body: sampleDataset() });
    expect(await screen.findByText('Паказана 5 з 5 падзей', {}, LOADED)).toHaveAttribute('role', 'status');
    expect(document.documentElement.lang).toBe('be');
    const types = within(screen.getByRole('group', { name: 'Тып падзеі' })).getAllByRole('checkbox');
    // Each row: marker, name, count; the names in Belarusian alphabetical order.
    const names = types.map((box) => (box.closest('label')?.textContent ?? '').replace(/^[^\p{L}]+|[\d,].*$/gu, '').trim());
    expect(names).toContain('Вызваленне');
    expect(names).toEqual([...names].sort(new Intl.Collator('be').compare));
    expect(screen.getByRole('checkbox', { name: /^Сустрэча або размова/ })).toHaveAccessibleName('Сустрэча або размова, 1 падзея');
    const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
    expect(within(panel).getByText(/^12 снежня 2025/)).toBeInTheDocument();
  });

  it('switches to Russian from the switcher and writes lang=ru into the link', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?lang=be', body: sampleDataset() });
    await screen.findByText('Паказана 5 з 5 падзей', {}, LOADED);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Мова' }), 'ru');
    expect(await screen.findByText('Показано 5 из 5 событий')).toBeInTheDocument();
    await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('lang')).toBe('ru'));
    expect(document.documentElement.lang).toBe('ru');
  });

  it('labels figures in Belarusian, terms with their plural forms and money by Intl', async () => {
    const dataset = sampleDataset();
    dataset.events.find((event) => event.id === 'release-52')!.figures = {
      sentenceYears: { value: 7, qualifier: 'exact' },
      fineUsd: { value: 9770, qualifier: 'exact' },
      tortureSurvivors: { value: 1850, qualifier: 'over' },
    };
    renderApp({ url: '/?lang=be&event=release-52', body: dataset });
    const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
    const value = (label: string) => within(panel).getByText(label, { selector: 'dt' }).nextSibling;
    expect(value('Тэрмін')).toHaveTextContent(/^7 гадоў$/);
    expect(value('Штраф')).toHaveTextContent(/^9\s?770\s\$$/);
    expect(value('Перажылі катаванні')).toHaveTextContent(/^больш за 1\s?850$/);
    expect(within(panel).queryByText(/Fine|usd|Sentence|survivors/i)).not.toBeInTheDocument();
  });

  describe('translations published in their own file (data/events.<lang>.json)', () => {
    const BE = { title: 'Пасланнік Коўл сустрэўся з Лукашэнкам у Мінску', summary: 'Тэставы пераклад.', translatedFrom: 'en' as const };
    const RU = { title: 'Посланник Коул встретился с Лукашенко в Минске', summary: 'Тестовый перевод.', translatedFrom: 'en' as const };
    const published = () => {
      const dataset = sampleDataset();
      dataset.events.find((event) => event.id === 'coale-meets-lukashenko')!.translations = { be: BE, ru: RU };
      return splitPublished(dataset);
    };
    const requested = (fetchMock: ReturnType<typeof renderApp>['fetchMock'], name: string) =>
      fetchMock.mock.calls.some(([input]) => String(input).endsWith(`/data/${name}`));

    it("fetches only the reader's language, and shows its title marked as a translation", async () => {
      const { core, translations } = published();
      expect(JSON.stringify(core)).not.toContain(BE.title);
      const files = Object.fromEntries(translations.map((file) => [`events.${file.lang}.json`, file]));
      const { fetchMock } = renderApp({ url: '/?lang=be&event=coale-meets-lukashenko', body: core, files });
      const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
      expect(await within(panel).findByRole('heading', { level: 2, name: BE.title })).toHaveAttribute('lang', 'be');
      expect(within(panel).getByText('Пераклад з англійскай')).toBeInTheDocument();
      expect(requested(fetchMock, 'events.be.json')).toBe(true);
      expect(requested(fetchMock, 'events.ru.json')).toBe(false);
    });

    it('finds an event by its translated title', async () => {
      const user = userEvent.setup();
      const { core, translations } = published();
      const files = Object.fromEntries(translations.map((file) => [`events.${file.lang}.json`, file]));
      renderApp({ url: '/?lang=ru', body: core, files });
      await screen.findByText('Показано 5 из 5 событий', {}, LOADED);
      await user.type(screen.getByRole('searchbox'), 'посланник');
      expect(await screen.findByText('Показано 1 из 5 событий')).toBeInTheDocument();
    });

    it('shows the English, marked as English, when the file cannot be had', async () => {
      renderApp({ url: '/?lang=be&event=coale-meets-lukashenko', body: published().core });
      const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  describe("actors' names in the reader's language", () => {
    const BE_NAME = 'Аляксандр Лукашэнка';
    const RU_NAME = 'Александр Лукашенко';
    const withNames = () => {
      const dataset = sampleDataset();
      const lukashenko = dataset.actors.find((actor) => actor.id === 'alexander-lukashenko')!;
      lukashenko.aliases.push(BE_NAME, RU_NAME);
      lukashenko.names = { be: BE_NAME, ru: RU_NAME };
      const coale = dataset.actors.find((actor) => actor.id === 'john-coale')!;
      coale.aliases.push('Джон Коўл');
      // 'Джон Коул' is not one of his aliases, so it is never shown: names are chosen, not invented.
      coale.names = { be: 'Джон Коўл', ru: 'Джон Коул' };
      const { core, translations } = splitPublished(dataset);
      return { core, files: Object.fromEntries(translations.map((file) => [`events.${file.lang}.json`, file])) };
    };

    it('names an actor in Belarusian in the panel, the picker and the profile, with the other spellings beside it', async () => {
      const user = userEvent.setup();
      const { core, files } = withNames();
      expect(JSON.stringify(core)).not.toContain('"names"');
      renderApp({ url: '/?lang=be&event=coale-meets-lukashenko', body: core, files });
      const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
      const actors = within(panel).getByRole('region', { name: 'Удзельнікі' });
      expect(await within(actors).findByRole('button', { name: BE_NAME })).toBeInTheDocument();
      expect(within(actors).getByText(BE_NAME)).toHaveAttribute('lang', 'be');
      expect(within(actors).getByText('Джон Коўл')).toHaveAttribute('lang', 'be');
      await user.keyboard('{Escape}');
      await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('event')).toBeNull());

      await user.click(screen.getByRole('combobox', { name: 'Удзельнік' }));
      await user.keyboard('Lukash');
      const option = await screen.findByRole('option', { name: new RegExp(`^${BE_NAME}`) });
      // Typed in Latin, found by the English name, which the option shows beside the Belarusian one.
      expect(option).toHaveTextContent('таксама «Alexander Lukashenko»');
      await user.click(option);
      const profile = await screen.findByRole('complementary', { name: `Профіль: ${BE_NAME}` }, LOADED);
      expect(within(profile).getByRole('heading', { level: 2, name: BE_NAME })).toHaveAttribute('lang', 'be');
      expect(within(profile).getByText(/Alexander Lukashenko · Łukašenka/)).toBeInTheDocument();
    });

    it('names an actor in Russian, never by a name that is not one of its aliases, and still finds every spelling', async () => {
      const user = userEvent.setup();
      const { core, files } = withNames();
      renderApp({ url: '/?lang=ru', body: core, files });
      await screen.findByText('Показано 5 из 5 событий', {}, LOADED);
      await user.type(screen.getByRole('searchbox'), 'Łukašenka');
      expect(await screen.findByText(RU_NAME, { selector: 'strong' }, LOADED)).toHaveAttribute('lang', 'ru');
      await user.clear(screen.getByRole('searchbox'));
      // The Belarusian spelling, recognised as the same person and named in Russian.
      await user.type(screen.getByRole('searchbox'), BE_NAME);
      expect(await screen.findByText(RU_NAME, { selector: 'strong' }, LOADED)).toHaveAttribute('lang', 'ru');
    });

    it("names a source's publisher in Belarusian where it is an actor with a name, else as the document does", async () => {
      const dataset = sampleDataset();
      const viasna = dataset.actors.find((actor) => actor.id === 'viasna')!;
      viasna.aliases.push('Праваабарончы цэнтр «Вясна»');
      viasna.names = { be: 'Праваабарончы цэнтр «Вясна»' };
      const event = dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!;
      event.sources[0] = { ...event.sources[0]!, publisher: 'Human Rights Center "Viasna"', publisherActor: 'viasna' };
      const { core, translations } = splitPublished(dataset);
      const files = Object.fromEntries(translations.map((file) => [`events.${file.lang}.json`, file]));
      renderApp({ url: '/?lang=be&event=viasna-count-2024-12-31', body: core, files });
      const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
      const source = within(panel).getByRole('region', { name: 'Крыніца' });
      expect(await within(source).findByRole('button', { name: 'Праваабарончы цэнтр «Вясна»' }, LOADED)).toHaveAttribute('lang', 'be');
    });

    it("shows the English name, marked as English, where the actor's name in that language is not one of its aliases", async () => {
      const { core, files } = withNames();
      renderApp({ url: '/?lang=ru&actors=john-coale', body: core, files });
      const profile = await screen.findByRole('complementary', { name: 'Профиль: John Coale' }, LOADED);
      expect(within(profile).getByRole('heading', { level: 2, name: 'John Coale' })).toHaveAttribute('lang', 'en');
    });
  });
});
