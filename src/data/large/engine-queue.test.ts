import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from './engine';
import { ENGINE_IDLE_MS, EngineQueue } from './engine-queue';

/** An engine that answers each question when told to. */
function slowEngine() {
  const pending: (() => void)[] = [];
  const asked: string[] = [];
  const engine: Engine = {
    query: (sql) => {
      asked.push(sql);
      return new Promise((resolve) => pending.push(() => resolve([])));
    },
    close: () => undefined,
  };
  return { engine, asked, answer: () => pending.shift()?.() };
}

describe('the engine queue', () => {
  afterEach(() => vi.useRealTimers());

  it('sends a question at once once the engine has started', async () => {
    const { engine, asked } = slowEngine();
    const queue = new EngineQueue(Promise.resolve(engine));
    await Promise.resolve();
    void queue.query('SELECT 1');
    expect(asked).toEqual(['SELECT 1']);
  });

  it('starts work that waits for it only after a quiet spell, behind every question the reader asked', async () => {
    vi.useFakeTimers();
    const { engine, asked, answer } = slowEngine();
    const queue = new EngineQueue(Promise.resolve(engine));
    await Promise.resolve();
    void queue.query('the reader');
    queue.whenIdle(() => void queue.query('background'));
    await vi.advanceTimersByTimeAsync(ENGINE_IDLE_MS * 3);
    expect(asked).toEqual(['the reader']);
    answer();
    await vi.advanceTimersByTimeAsync(ENGINE_IDLE_MS - 10);
    // Another question inside the quiet spell: the spell starts again after it.
    void queue.query('the reader again');
    answer();
    await vi.advanceTimersByTimeAsync(ENGINE_IDLE_MS - 10);
    expect(asked).toEqual(['the reader', 'the reader again']);
    await vi.advanceTimersByTimeAsync(20);
    expect(asked).toEqual(['the reader', 'the reader again', 'background']);
  });
});
