import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '../../src/i18n/i18n';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

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
    const panel = screen.getByRole('complementary', { name: 'Падрабязнасці падзеі' });
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
});
