import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { hostileDataset, PAYLOADS } from '../fixtures/hostile-dataset';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';
import { splitPublished } from '../../src/domain/published-files';

afterEach(() => vi.unstubAllGlobals());

const HASH = 'a3f1'.repeat(16);
const QUOTE = 'John Coale met with Belarusian President Alexander Lukashenko';

/** The sample dataset as published since quote anchors: documents, and an anchor on one quote. */
function anchoredDataset(): Dataset {
  const dataset = sampleDataset();
  dataset.documents = [{ id: 'doc.txt', title: 'Envoy in Minsk', publisher: 'Test Publisher', published: '2025-12-12', sha256: HASH }];
  const source = dataset.events.find((event) => event.id === 'coale-meets-lukashenko')!.sources[0]!;
  source.selector = [
    {
      type: 'TextQuoteSelector',
      exact: QUOTE,
      prefix: 'On December 12, 2025, U.S. Special Envoy ',
      suffix: ' in Minsk to discuss the release of political prisoners.',
    },
    { type: 'TextPositionSelector', start: 41, end: 102 },
  ];
  source.checked = '2026-11-25';
  return dataset;
}

const openPanel = () => screen.findByRole('complementary', { name: 'Event details' });

describe('a quote in its context', () => {
  it('opens from the keyboard, highlights the quote between its document’s words, and shows what is needed to check it', async () => {
    const user = userEvent.setup();
    renderApp({ body: anchoredDataset(), url: '/?event=coale-meets-lukashenko' });
    const panel = await openPanel();
    const button = within(panel).getByRole('button', { name: 'Show in context' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).queryByRole('region', { name: 'Quote in its document' })).not.toBeInTheDocument();

    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const context = within(panel).getByRole('region', { name: 'Quote in its document' });
    expect(context.querySelector('mark')).toHaveTextContent(QUOTE);
    expect(context).toHaveTextContent(
      `On December 12, 2025, U.S. Special Envoy ${QUOTE} in Minsk to discuss the release of political prisoners.`,
    );
    expect(within(context).getByText('Envoy in Minsk')).toBeInTheDocument();
    expect(within(context).getByText('12 Dec 2025')).toBeInTheDocument();
    expect(within(context).getByText('doc.txt')).toBeInTheDocument();
    expect(within(context).getByText(HASH)).toBeInTheDocument();
    expect(within(context).getByText('Quote checked').nextSibling).toHaveTextContent('25 Nov 2026');

    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).queryByRole('region', { name: 'Quote in its document' })).not.toBeInTheDocument();
  });

  it('says, for a file published before quote anchors, that context is not available, and shows the rest', async () => {
    renderApp({ body: sampleDataset(), url: '/?event=coale-meets-lukashenko' });
    const panel = await openPanel();
    expect(within(panel).getByText(QUOTE)).toBeInTheDocument();
    expect(within(panel).getByText('Context is not available for this dataset version.')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Show in context' })).not.toBeInTheDocument();
    expect(screen.queryByText(/skipped/i)).not.toBeInTheDocument();
  });

  it('shows hostile text in the context as text', async () => {
    const user = userEvent.setup();
    const dataset = hostileDataset();
    const event = dataset.events[0]!;
    const source = event.sources[0]!;
    dataset.documents = [{ id: source.document, title: PAYLOADS.img, sha256: HASH }];
    source.selector = [
      { type: 'TextQuoteSelector', exact: source.quote, prefix: PAYLOADS.svg, suffix: PAYLOADS.script },
      { type: 'TextPositionSelector', start: 100, end: 100 + [...source.quote].length },
    ];
    renderApp({ body: dataset, url: `/?event=${event.id}` });
    const panel = await openPanel();
    await user.click(within(panel).getAllByRole('button', { name: 'Show in context' })[0]!);
    const context = within(panel).getByRole('region', { name: 'Quote in its document' });
    expect(context.querySelector('img, svg, script, iframe')).toBeNull();
    expect(context).toHaveTextContent(PAYLOADS.svg);
    expect(context).toHaveTextContent(PAYLOADS.script);
    expect(within(context).getByText(PAYLOADS.img)).toBeInTheDocument();
  });

  describe('published as the app fetches it: the anchors in a side file', () => {
    const published = () => splitPublished(anchoredDataset());
    const contextRequests = (fetchMock: ReturnType<typeof renderApp>['fetchMock']) =>
      fetchMock.mock.calls.filter(([input]) => String(input).endsWith('/data/context.json')).length;

    it('fetches the context file only when a reader opens "Show in context", then shows the quote in its document', async () => {
      const user = userEvent.setup();
      const { core, context } = published();
      expect(core.events.flatMap((event) => event.sources).some((source) => source.selector)).toBe(false);
      const { fetchMock } = renderApp({ body: core, files: { 'context.json': context }, url: '/?event=coale-meets-lukashenko' });
      const panel = await openPanel();
      expect(contextRequests(fetchMock)).toBe(0);

      await user.click(within(panel).getByRole('button', { name: 'Show in context' }));
      const region = await within(panel).findByRole('region', { name: 'Quote in its document' });
      expect(region.querySelector('mark')).toHaveTextContent(QUOTE);
      expect(within(region).getByText('Envoy in Minsk')).toBeInTheDocument();
      expect(within(region).getByText(HASH)).toBeInTheDocument();
      expect(within(region).getByText('Quote checked').nextSibling).toHaveTextContent('25 Nov 2026');
      expect(contextRequests(fetchMock)).toBe(1);
    });

    it('says why when the context file is missing, and keeps the quote', async () => {
      const user = userEvent.setup();
      renderApp({ body: published().core, url: '/?event=coale-meets-lukashenko' });
      const panel = await openPanel();
      await user.click(within(panel).getByRole('button', { name: 'Show in context' }));
      expect(
        await within(panel).findByText('Context is not available: The quote’s context was not found on the server (404).'),
      ).toBeInTheDocument();
      expect(within(panel).getByText(QUOTE)).toBeInTheDocument();
    });

    it('does not show the anchors of another version of the dataset', async () => {
      const user = userEvent.setup();
      const { core, context } = published();
      renderApp({ body: core, files: { 'context.json': { ...context, version: 'older' } }, url: '/?event=coale-meets-lukashenko' });
      const panel = await openPanel();
      await user.click(within(panel).getByRole('button', { name: 'Show in context' }));
      expect(await within(panel).findByText(/belongs to another version of the dataset/)).toBeInTheDocument();
      expect(within(panel).queryByRole('region', { name: 'Quote in its document' })).not.toBeInTheDocument();
    });

    it('refuses a damaged context file with a clear message', async () => {
      const user = userEvent.setup();
      const { core, context } = published();
      const damaged = {
        ...context,
        sources: { 'coale-meets-lukashenko': [{ selector: [{ type: 'TextQuoteSelector', exact: PAYLOADS.script }] }] },
      };
      renderApp({ body: core, files: { 'context.json': damaged }, url: '/?event=coale-meets-lukashenko' });
      const panel = await openPanel();
      await user.click(within(panel).getByRole('button', { name: 'Show in context' }));
      expect(
        await within(panel).findByText(/Context is not available: The quote’s context file does not have the expected shape/),
      ).toBeInTheDocument();
      expect(document.querySelector('script:not([src])')).toBeNull();
    });
  });
});
