import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitPublished } from '../../src/domain/published-files';
import { switchLanguage } from '../../src/i18n/i18n';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

// Loading the app (and the chronology's chunk) can take seconds on a busy machine.
const LOADED = { timeout: 10_000 };

const chronology = () => screen.queryByRole('article', { name: 'Printed chronology' });

describe('printing a chronology of the view', { timeout: 30_000 }, () => {
  it('prints only the events of the current view, with its filters, version, sources and link', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderApp({ body: sampleDataset(), url: '/?types=release,meeting&q=lukashenko&from=2025-01-01&to=2026-01-01' });
    expect(chronology()).toBeNull(); // nothing is drawn until one prints
    await user.click(await screen.findByRole('button', { name: 'Print chronology' }, LOADED));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), LOADED);

    const printed = within(chronology()!);
    expect(printed.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '52 detainees released',
      'Coale meets Lukashenko in Minsk',
    ]);
    expect(printed.queryByText('Presidential election')).toBeNull();
    expect(printed.getByText(/Chronology of 2 events · dataset version 2026-11-22\.test/)).toBeInTheDocument();
    expect(printed.getByText('Release, Meeting or call')).toBeInTheDocument();
    expect(printed.getByText('“lukashenko”')).toBeInTheDocument();
    expect(printed.getByText('1 Jan 2025 – 1 Jan 2026')).toBeInTheDocument();
    // Dates at their own precision, type, summary, every source with its quote.
    expect(printed.getByText('Sept 2025')).toBeInTheDocument();
    expect(printed.getByText('12 Dec 2025')).toBeInTheDocument();
    expect(printed.getByText('Belarus releases 52 detainees, 40 of them political prisoners.')).toBeInTheDocument();
    expect(printed.getByText('52 detainees, including 40 political prisoners, were released')).toBeInTheDocument();
    expect(printed.getAllByText(/Test Publisher, “A headline”, published 10 Jan 2025 · document doc\.txt/)).toHaveLength(2);
    expect(printed.getByText(window.location.href)).toBeInTheDocument();
    expect(printed.getByRole('img', { name: "QR code of this view's link" })).toBeInTheDocument();
    // Nothing to click on paper.
    expect(printed.queryAllByRole('button')).toEqual([]);

    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(chronology()).toBeNull();
  });

  it('draws the same chronology for the browser’s own print (beforeprint), and removes it afterwards', async () => {
    vi.stubGlobal('print', vi.fn());
    renderApp({ body: sampleDataset(), url: '/?actors=sviatlana-tsikhanouskaya' });
    await screen.findByRole('button', { name: 'Print chronology' }, LOADED);
    // The chunk is fetched when the page is idle; this waits for it the way a reader would.
    await waitFor(async () => {
      act(() => void window.dispatchEvent(new Event('beforeprint')));
      expect(chronology()).not.toBeNull();
    }, LOADED);
    const printed = within(chronology()!);
    expect(printed.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Tsikhanouskaya hopes for good news']);
    expect(printed.getByText('Sviatlana Tsikhanouskaya')).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(chronology()).toBeNull();
  });

  it('names people and publishers in Belarusian on paper too', async () => {
    vi.stubGlobal('print', vi.fn());
    const dataset = sampleDataset();
    const tsikhanouskaya = dataset.actors.find((actor) => actor.id === 'sviatlana-tsikhanouskaya')!;
    tsikhanouskaya.aliases.push('Святлана Ціханоўская');
    tsikhanouskaya.names = { be: 'Святлана Ціханоўская' };
    for (const event of dataset.events) {
      event.sources = event.sources.map((source) => ({
        ...source,
        publisher: 'Sviatlana Tsikhanouskaya',
        publisherActor: 'sviatlana-tsikhanouskaya',
      }));
    }
    const { core, translations } = splitPublished(dataset);
    const files = Object.fromEntries(translations.map((file) => [`events.${file.lang}.json`, file]));
    renderApp({ body: core, files, url: '/?lang=be&actors=sviatlana-tsikhanouskaya' });
    await screen.findByRole('complementary', { name: 'Профіль: Святлана Ціханоўская' }, LOADED);
    await waitFor(async () => {
      act(() => void window.dispatchEvent(new Event('beforeprint')));
      expect(screen.queryByRole('article', { name: 'Храналогія для друку' })).not.toBeNull();
    }, LOADED);
    const printed = within(screen.getByRole('article', { name: 'Храналогія для друку' }));
    expect(printed.getByText('Святлана Ціханоўская', { selector: 'dd' })).toBeInTheDocument();
    expect(printed.getByText(/^Святлана Ціханоўская, “/)).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await switchLanguage('en');
  });
});
