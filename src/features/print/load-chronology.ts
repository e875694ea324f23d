type ChronologyModule = typeof import('./chronology');

let loaded: ChronologyModule | null = null;
let loading: Promise<ChronologyModule> | null = null;

/** The chronology and its QR maker are their own chunk, fetched once (a failed fetch may be retried). */
export function loadChronology(): Promise<ChronologyModule> {
  loading ??= import('./chronology').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The chunk if it has arrived. The browser's own print (Ctrl+P, the menu) gives the page one
 * synchronous `beforeprint` to change itself, too short to fetch anything: only a loaded chunk
 * can be drawn then.
 */
export function loadedChronology(): ChronologyModule | null {
  return loaded;
}

export type { ChronologyModule };
