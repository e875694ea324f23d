import type { TimelineEvent } from '../schema';
import { foldText } from '../text';

/**
 * The folded search text of every event, a few thousand events per string,
 * event after event, separated by a line break (folded text and query words
 * never contain one). A search is a few native `indexOf` scans per chunk with no
 * per-event call, and the memory has no per-event string overhead. Chunks (not
 * one string) let a page build it a slice at a time with no final join.
 */
export interface SearchCorpus {
  chunks: readonly CorpusChunk[];
  /** Events covered. */
  length: number;
}

export interface CorpusChunk {
  /** Position of the chunk's first event. */
  first: number;
  text: string;
  /** Where each of its events' text starts; the last entry is one past the end. */
  starts: Int32Array;
}

const SEPARATOR = '\n';

/** Each actor's folded name and aliases by id (a Map, or one that folds each actor when first asked). */
export interface ActorTexts {
  get(id: string): string | undefined;
}

/** Folded name and aliases of each actor, as search and the actor picker see them. */
export function foldActorText(actor: { name: string; aliases: readonly string[] }): string {
  return foldText([actor.name, ...actor.aliases].join(' | '));
}

/**
 * The folded text search looks through for one event: its words, its Belarusian and Russian
 * title and summary where it has them (one search finds an event in any language the reader
 * types), and every spelling of its actors.
 */
export function eventSearchText(event: TimelineEvent, actorTexts: ActorTexts): string {
  let text = foldText(`${event.title} | ${event.summary} | ${event.location ?? ''}`);
  const { be, ru } = event.translations ?? {};
  if (be) text += ` | ${foldText(`${be.title} | ${be.summary}`)}`;
  if (ru) text += ` | ${foldText(`${ru.title} | ${ru.summary}`)}`;
  for (const id of event.actors) text += ` | ${actorTexts.get(id) ?? ''}`;
  return text;
}

function chunkOf(events: readonly TimelineEvent[], from: number, to: number, actorTexts: ActorTexts, compacted: boolean): CorpusChunk {
  const parts: string[] = [];
  const starts = new Int32Array(to - from + 1);
  let offset = 0;
  for (let i = from; i < to; i++) {
    const text = eventSearchText(events[i]!, actorTexts);
    parts.push(text);
    starts[i - from] = offset;
    offset += text.length + 1;
  }
  starts[to - from] = offset;
  const text = parts.join(SEPARATOR);
  return { first: from, text: compacted ? compact(text) : text, starts };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The same text, stored one byte per character where it can be. Text folded from
 * a string that had any character beyond Latin-1 (a name with "ŭ") stays stored two
 * bytes per character even when folding removed them all, and a chunk joined from
 * one such piece is two-byte throughout: at 100,000 events that doubled the search
 * text to 46 MB. A round trip through UTF-8 makes a fresh, compact string.
 */
function compact(text: string): string {
  return decoder.decode(encoder.encode(text));
}

/**
 * Below this many events the text is not compacted: it weighs a few hundred kilobytes either way,
 * and compacting was half the work of warming the search on a phone's first screen.
 */
const COMPACT_FROM_EVENTS = 20_000;

/** Builds a corpus a chunk at a time, so a page can do it between other work. */
export class CorpusBuilder {
  private readonly chunks: CorpusChunk[] = [];
  private built = 0;

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly actorTexts: ActorTexts,
  ) {}

  /** Folds the next `count` events into a chunk; true once the corpus is complete. */
  step(count: number): boolean {
    if (this.built < this.events.length) {
      const to = Math.min(this.events.length, this.built + Math.max(1, count));
      this.chunks.push(chunkOf(this.events, this.built, to, this.actorTexts, this.events.length >= COMPACT_FROM_EVENTS));
      this.built = to;
    }
    return this.built === this.events.length;
  }

  private corpus: SearchCorpus | null = null;

  /** The whole corpus, finishing it now if need be; the same object every time. */
  result(): SearchCorpus {
    while (!this.step(4000));
    return (this.corpus ??= { chunks: this.chunks, length: this.events.length });
  }
}

export function buildCorpus(events: readonly TimelineEvent[], actorTexts: ActorTexts, chunkSize = 4000): SearchCorpus {
  const builder = new CorpusBuilder(events, actorTexts);
  while (!builder.step(chunkSize));
  return builder.result();
}

/** The event of a chunk whose text holds character `at`: the last start at or before it. */
function eventAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Sets marks[p] = mark for every event p whose text contains `needle` (and, if given, whose mark was `onlyIf`). */
function markContaining(corpus: SearchCorpus, needle: string, marks: Uint8Array, mark: number, onlyIf: number | null): void {
  if (needle === '' || needle.includes(SEPARATOR)) return;
  for (const { first, text, starts } of corpus.chunks) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0) break;
      const local = eventAt(starts, at);
      const p = first + local;
      if (onlyIf === null || marks[p] === onlyIf) marks[p] = mark;
      from = starts[local + 1]!; // one hit per event is enough
    }
  }
}

/**
 * Which events match: every word occurs in the event's text, or any of the
 * spellings does (a query naming an actor). 1 = match, by position.
 */
export function matchCorpus(corpus: SearchCorpus, words: readonly string[], spellings: readonly string[] = []): Uint8Array {
  const marks = new Uint8Array(corpus.length);
  if (words.length > 0) {
    markContaining(corpus, words[0]!, marks, 1, null);
    // Each further word keeps only the events it also occurs in: 1 -> 2 where found, then 2 -> 1, rest -> 0.
    for (const word of new Set(words.slice(1))) {
      if (word === words[0]) continue;
      markContaining(corpus, word, marks, 2, 1);
      for (let p = 0; p < marks.length; p++) marks[p] = marks[p] === 2 ? 1 : 0;
    }
  }
  for (const spelling of spellings) markContaining(corpus, spelling, marks, 1, null);
  return marks;
}
