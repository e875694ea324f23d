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
});
