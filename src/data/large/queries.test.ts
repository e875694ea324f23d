import { describe, expect, it } from 'vitest';
import { readLargeManifest } from '../../domain/large-form';
import { filterClauses, queryActors, windowClause, type LargeFilters } from './queries';

const actors = queryActors([
  { id: 'sviatlana-tsikhanouskaya', name: 'Sviatlana Tsikhanouskaya', aliases: ['Cichanouskaja'], kind: 'person' },
  { id: 'viasna', name: 'Viasna', aliases: [], kind: 'organization' },
]);

describe('the large form asks its engine only with escaped, known values', () => {
  it('keeps unknown types and actors out of the SQL', () => {
    const clauses = filterClauses({ types: ['release', "x') OR 1=1 --" as never], actors: ['viasna', "nobody'"], q: '' }, actors);
    expect(clauses.type).toBe("type IN ('release')");
    expect(clauses.actor).toBe("list_contains(actors, 'viasna')");
    expect(filterClauses({ types: [], actors: ['viasna', 'sviatlana-tsikhanouskaya'], q: '' }, actors).actor).toBe(
      "(list_contains(actors, 'viasna') OR list_contains(actors, 'sviatlana-tsikhanouskaya'))",
    );
    expect(clauses.search).toBeNull();
  });

  it('filters by corroboration only with known levels, and only where the file has the column', () => {
    const filters: LargeFilters = { types: [], actors: [], q: '', corroboration: ['independent', "x' OR 1=1 --" as never] };
    expect(filterClauses(filters, actors, true).level).toBe("corroboration IN ('independent')");
    expect(filterClauses(filters, actors, false).level).toBeNull();
    expect(filterClauses({ ...filters, corroboration: [] }, actors, true).level).toBeNull();
  });

  it('matches every search word in the text, escaped, or in an actor spelling', () => {
    const { search } = filterClauses({ types: [], actors: [], q: "50% o'brien" }, actors);
    expect(search).toContain("LIKE '%50\\%%' ESCAPE '\\'");
    expect(search).toContain("LIKE '%o''brien%'");
    // A word inside an actor's name also finds that actor's events.
    expect(filterClauses({ types: [], actors: [], q: 'viasna' }, actors).search).toContain("list_contains(actors, 'viasna')");
    // A query that is one of an actor's spellings stands for the actor.
    expect(filterClauses({ types: [], actors: [], q: 'Cichanouskaja' }, actors).search).toMatch(/OR list_contains\(actors, 'sviatlana-tsikhanouskaya'\)\)$/);
  });

  it('in a file with folded search columns, tests each folded word on them: English text for Latin words, translations too for Cyrillic', () => {
    const folded = queryActors(actors.all, true);
    const { search } = filterClauses({ types: [], actors: [], q: "Łukašenka O'Brien" }, folded);
    // Folded as the app folds (ł to l), quoted, and no engine-side folding.
    expect(search).toContain("contains(search_en, 'lukasenka')");
    expect(search).toContain("contains(search_en, 'o''brien')");
    expect(search).not.toContain('search_tr');
    expect(search).not.toContain('strip_accents');
    const cyrillic = filterClauses({ types: [], actors: [], q: 'Ціханоўская' }, folded).search;
    expect(cyrillic).toContain("(contains(search_en, 'циханоуская') OR contains(search_tr, 'циханоуская'))");
  });

  it('bounds a window so row groups outside it are skipped', () => {
    expect(windowClause(1000, 2000, 500)).toBe('(start_ms < 2000 AND start_ms >= 499 AND end_ms > 1000)');
  });
});

describe('a large-form manifest', () => {
  const manifest = {
    form: 'large',
    version: 'v1',
    events: 3,
    actors: 1,
    files: { events: 'events.parquet', counts: 'counts.json', actors: 'actors.json', types: 'types.json', documents: 'documents.json' },
    parquet: { sortedBy: ['start_ms'], rowGroups: 1, rowsPerGroup: 10240, longestMs: 0 },
  };

  it('is told from a small dataset, and read', () => {
    expect(readLargeManifest({ version: 'v1', actors: [], events: [] })).toBeNull();
    expect(readLargeManifest(manifest)?.files.events).toBe('events.parquet');
  });

  it('is refused when a file name points elsewhere', () => {
    for (const events of ['../secret.parquet', 'https://evil.example/x.parquet', 'events.csv']) {
      expect(() => readLargeManifest({ ...manifest, files: { ...manifest.files, events } })).toThrow(/not a plain file name/);
      expect(() => readLargeManifest({ ...manifest, files: { ...manifest.files, search: events } })).toThrow(/search file is not a plain file name/);
    }
    // The search file is optional (files published before it have none).
    expect(readLargeManifest({ ...manifest, files: { ...manifest.files, search: 'search-1.parquet' } })?.files.search).toBe('search-1.parquet');
  });
});
