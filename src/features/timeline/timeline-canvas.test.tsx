import { render } from '@testing-library/react';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { itemSourceOf } from '../../../tests/fixtures/item-source';
import { sampleDataset } from '../../../tests/fixtures/sample-dataset';
import { TimelineCanvas } from './timeline-canvas';
import type { ItemSource } from './timeline-item';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const noop = () => {};

describe('TimelineCanvas', () => {
  // The Timeline and its callbacks live as long as the page. A closure made in a render keeps that
  // render's variables alive (V8 shares one context among its closures): the first items, drawn from
  // the dataset's outline, would keep the outline's index and its figures' conflicts for good.
  it('lets the items it drew before go once newer ones are drawn', async () => {
    const dataset = sampleDataset();
    const view = render(<div />);
    const draw = (items: ItemSource) =>
      view.rerender(<TimelineCanvas items={items} selectedId={null} window={null} onSelect={noop} onWindowChange={noop} />);
    // Made and drawn in a function of its own: a local of this async test would stay in its frame.
    const first = ((): WeakRef<ItemSource> => {
      const items = itemSourceOf(dataset);
      draw(items);
      return new WeakRef(items);
    })();
    // React keeps the previous render's props beside the current ones: two renders later they are gone.
    draw(itemSourceOf(dataset));
    draw(itemSourceOf(dataset));
    expect(document.querySelector('.vis-timeline')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(first.deref()).toBeUndefined();
    view.unmount();
  });
});
