import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A lazy chunk (the detail panel, the person view…) is a module Vitest transforms on its first use
// in a run; on this shared two-core machine that can take longer than Testing Library's default
// wait of one second, so findBy… waits up to five (a passing check still returns at once).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  localStorage.clear(); // what a visit remembers (theme, last dataset version) never leaks into the next test
});

// jsdom has no layout engine; vis-timeline and the adapter need these to exist.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

// jsdom has no modal dialogs: showModal and close set `open` and fire `close` as browsers do.
const dialogProto = globalThis.HTMLDialogElement?.prototype as (HTMLDialogElement & { showModal?: unknown }) | undefined;
if (dialogProto && typeof dialogProto.showModal !== 'function') {
  dialogProto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  dialogProto.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
