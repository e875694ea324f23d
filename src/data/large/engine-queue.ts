import type { Engine, Row } from './engine';

/** How long the engine must have had nothing to answer before work that waits for it starts (whenIdle). */
export const ENGINE_IDLE_MS = 150;

/**
 * The questions a page asks its engine, which answers one at a time. Once the engine has started, a
 * question is sent in the caller's own task, not a microtask later. Work that may never be needed
 * (whenIdle) waits until the engine has had nothing to answer for a quiet spell, so that what the
 * reader asks never queues behind it.
 */
export class EngineQueue {
  private started: Engine | null = null;
  /** Questions sent and not yet answered. */
  private inFlight = 0;
  /** Work waiting for the engine to be idle, first come first served. */
  private readonly idleWork: (() => void)[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly engine: Promise<Engine>) {
    void engine.then((started) => (this.started = started)).catch(() => undefined);
  }

  query(sql: string): Promise<Row[]> {
    this.inFlight++;
    clearTimeout(this.idleTimer);
    const answer = this.started ? this.started.query(sql) : this.engine.then((engine) => engine.query(sql));
    const settled = () => {
      this.inFlight--;
      this.nextWhenIdle();
    };
    void answer.then(settled, settled);
    return answer;
  }

  /** Runs `work` (which asks its questions) after a quiet spell; one piece of work at a time, each after its own. */
  whenIdle(work: () => void): void {
    this.idleWork.push(work);
    this.nextWhenIdle();
  }

  private nextWhenIdle(): void {
    if (this.inFlight > 0 || this.idleWork.length === 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.inFlight === 0) this.idleWork.shift()?.();
    }, ENGINE_IDLE_MS);
  }
}
