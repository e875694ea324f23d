import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitPublished } from '../../src/domain/published-files';
import { switchLanguage } from '../../src/i18n/i18n';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

afterEach(async () => {
  vi.unstubAllGlobals();
  await switchLanguage('en');
});

const LOADED = { timeout: 15_000 };

describe('messages in Belarusian and Russian', { timeout: 30_000 }, () => {
  it('says in Russian why the dataset did not load', async () => {
    // As the page does (main.tsx): the language's strings are loaded before the first render, so
    // the message is never first shown in English, where an early 404 could find it.
    await switchLanguage('ru');
    renderApp({ url: '/?lang=ru', body: 'Not found', status: 404 });
    const alert = await screen.findByRole('alert', {}, LOADED);
    expect(alert).toHaveTextContent('Набор данных не найден на сервере (404).');
    expect(alert).not.toHaveTextContent(/server|dataset/i);
  });

  it('says in Belarusian that a web page came instead of the dataset', async () => {
    await switchLanguage('be');
    renderApp({ url: '/?lang=be', body: '<!doctype html><title>Error</title>' });
    expect(await screen.findByRole('alert', {}, LOADED)).toHaveTextContent('Сервер прыслаў вэб-старонку замест набору даных.');
  });

  it("says in Belarusian why a quote's context is not available", async () => {
    const user = userEvent.setup();
    // Published with its context in a side file that the server does not have (404).
    renderApp({ url: '/?lang=be&event=coale-meets-lukashenko', body: splitPublished(sampleDataset()).core });
    const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
    await user.click(within(panel).getByRole('button', { name: 'Паказаць у кантэксце' }));
    expect(
      await within(panel).findByText('Кантэкст недаступны: кантэкст цытаты не знойдзены на серверы (404).', {}, LOADED),
    ).toBeInTheDocument();
  });

  it('says in Russian that the list of changes cannot be read', async () => {
    const user = userEvent.setup();
    const app = renderApp({ url: '/?lang=ru', body: sampleDataset() });
    app.fetchMock.mockImplementation(
      (async (url: URL | string) =>
        new Response(JSON.stringify(String(url).endsWith('data/changelog.json') ? { not: 'a list' } : sampleDataset()))) as never,
    );
    await user.click(await screen.findByRole('button', { name: 'Что изменилось' }, LOADED));
    const dialog = await screen.findByRole('dialog', { name: 'Что изменилось' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Список изменений имеет не ту структуру, которую ожидает сайт.');
  });

  it('cites an event in Belarusian', async () => {
    renderApp({ url: '/?lang=be&event=coale-meets-lukashenko', body: sampleDataset() });
    const panel = await screen.findByRole('complementary', { name: 'Падрабязнасці падзеі' }, LOADED);
    const cite = await within(panel).findByRole('region', { name: 'Як цытаваць гэтую падзею' }, LOADED);
    const citation = within(cite).getByText(
      /^«.+» \(12 снежня 2025( г\.)?\)\. У: Палітвязні Беларусі: храналогія з крыніцамі, версія набору даных /,
    );
    expect(citation).toHaveTextContent(/\(дата звароту: \d{4}-\d\d-\d\d\)\. Крыніцы: /);
    expect(citation).not.toHaveAttribute('lang', 'en');
  });
});
