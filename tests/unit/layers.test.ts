import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import rules of eslint.config.js, tried on planted files: each kind of forbidden import is refused. */
const eslint = new ESLint();

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads the TypeScript parser: seconds on a busy machine.
describe('layer rules', { timeout: 60_000 }, () => {
  it('refuses a feature importing another feature', async () => {
    const found = await refusals(
      'src/features/timeline/planted.ts',
      "import { EventList } from '../event-list/event-list';\nexport const x = EventList;\n",
    );
    expect(found.join('\n')).toMatch(/Features never import each other/);
  });

  it('refuses the index internals outside the index, and allows its interface', async () => {
    const internal = "import { buildColumns } from '../../domain/dataset-index/columns';\nexport const x = buildColumns;\n";
    expect((await refusals('src/features/timeline/planted.ts', internal)).join('\n')).toMatch(/DatasetIndex interface/);
    expect((await refusals('scripts/planted.ts', internal.replace('../../domain', '../src/domain'))).join('\n')).toMatch(
      /DatasetIndex interface/,
    );
    expect(
      await refusals(
        'src/features/timeline/planted.ts',
        "import { buildIndex } from '../../domain/dataset-index';\nexport const x = buildIndex;\n",
      ),
    ).toEqual([]);
    expect(
      await refusals('src/domain/dataset-index/planted.ts', "import { buildColumns } from './columns';\nexport const x = buildColumns;\n"),
    ).toEqual([]);
  });

  it('refuses the domain importing the state, and the state importing a feature', async () => {
    expect(
      (await refusals('src/domain/planted.ts', "import { useFilters } from '../state/derived';\nexport const x = useFilters;\n")).join(
        '\n',
      ),
    ).toMatch(/pure TypeScript/);
    expect(
      (
        await refusals(
          'src/state/planted.ts',
          "import { EventList } from '../features/event-list/event-list';\nexport const x = EventList;\n",
        )
      ).join('\n'),
    ).toMatch(/below the features/);
  });

  it('keeps the tools and the tests apart', async () => {
    expect(
      (
        await refusals(
          'tests/e2e/planted.ts',
          "import { chromiumPath } from '../../tools/browser/chromium';\nexport const x = chromiumPath;\n",
        )
      ).join('\n'),
    ).toMatch(/only through playwright.config.ts/);
    expect(
      (
        await refusals('tools/bench/planted.ts', "import { statusLine } from '../../tests/e2e/helpers';\nexport const x = statusLine;\n")
      ).join('\n'),
    ).toMatch(/does not import tests/);
    // Both still keep out of the index's internals.
    expect(
      (
        await refusals(
          'tools/bench/planted.ts',
          "import { buildColumns } from '../../src/domain/dataset-index/columns';\nexport const x = buildColumns;\n",
        )
      ).join('\n'),
    ).toMatch(/DatasetIndex interface/);
  });

  it('keeps vis-timeline behind its adapter', async () => {
    expect(
      (
        await refusals(
          'src/features/timeline/planted.ts',
          "import { Timeline } from 'vis-timeline/standalone';\nexport const x = Timeline;\n",
        )
      ).join('\n'),
    ).toMatch(/vis-adapter/);
  });
});
