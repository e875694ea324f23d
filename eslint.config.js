import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench/out', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Dataset text never reaches an HTML sink.' },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Use textContent: dataset text never reaches an HTML sink.',
        },
      ],
    },
  },
  // Layers (app → features → state and data → domain), each file's imports checked against its
  // folder. One block per layer, since a later no-restricted-imports replaces an earlier one.
  ...layers(),
  // Playwright fixtures hand their value to `use`, which is not React's hook.
  { files: ['tests/e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
);

function layers() {
  const zod = { name: 'zod', message: 'Import z from src/domain/zod.ts: it sets jitless mode, which our CSP needs.' };
  const vis = {
    group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
    message: 'Only src/features/timeline/vis-adapter.ts imports vis-timeline.',
  };
  const above = (names, message) => ({
    group: names.flatMap((name) => [`../${name}`, `../${name}/*`, `../../${name}`, `../../${name}/*`]),
    message,
  });
  // The index answers through src/domain/dataset-index/index.ts; its columns, positions and search text stay inside.
  const indexInternals = {
    group: ['**/dataset-index/*', '!**/dataset-index/index', '!**/dataset-index/index.ts'],
    message: 'Use the DatasetIndex interface (import from domain/dataset-index): its columns, positions and search text are private.',
  };
  const rules = (patterns, { allowVis = false, allowZod = false, insideIndex = false } = {}) => ({
    'no-restricted-imports': [
      'error',
      { paths: allowZod ? [] : [zod], patterns: [...(allowVis ? [] : [vis]), ...(insideIndex ? [] : [indexInternals]), ...patterns] },
    ],
  });
  const domain = above(['state', 'data', 'features', 'app', 'components'], 'src/domain is pure TypeScript: it imports nothing above it.');
  const stateData = above(['features', 'app', 'components'], 'src/state and src/data sit below the features and the app.');
  const components = above(['state', 'data', 'features', 'app'], 'src/components are presentational: no store, no queries, no features.');
  // From src/features/<name>/, "../x" is another feature; "../../x" is a layer below.
  const features = {
    regex: '^\\.\\./(?!\\.\\./)|^\\.\\./\\.\\./app(/|$)',
    message: 'Features never import each other, nor the app: share through src/domain, src/state or src/components.',
  };
  // The benchmark and the browser helpers (tools/) and the tests never import each other: the
  // journeys reach the page server and Chromium only through playwright.config.ts.
  const tests = { group: ['**/tests', '**/tests/**'], message: 'tools/ does not import tests.' };
  const tools = { group: ['**/tools', '**/tools/**'], message: 'Tests reach tools/ only through playwright.config.ts.' };
  const outside = { allowVis: true, allowZod: true };
  return [
    {
      files: ['**/*.{ts,tsx}'],
      ignores: ['src/domain/**', 'src/state/**', 'src/data/**', 'src/components/**', 'src/features/**', 'tools/**', 'tests/**'],
      rules: rules([], outside),
    },
    { files: ['tools/**/*.{ts,tsx}'], rules: rules([tests], outside) },
    { files: ['tests/**/*.{ts,tsx}'], rules: rules([tools], outside) },
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/domain/**', 'src/state/**', 'src/data/**', 'src/components/**', 'src/features/**'],
      rules: rules([]),
    },
    { files: ['src/domain/**/*.{ts,tsx}'], ignores: ['src/domain/zod.ts', 'src/domain/dataset-index/**'], rules: rules([domain]) },
    { files: ['src/domain/dataset-index/**/*.{ts,tsx}'], rules: rules([domain], { insideIndex: true }) },
    { files: ['src/domain/zod.ts'], rules: rules([domain], { allowZod: true }) },
    { files: ['src/state/**/*.{ts,tsx}', 'src/data/**/*.{ts,tsx}'], rules: rules([stateData]) },
    { files: ['src/components/**/*.{ts,tsx}'], rules: rules([components]) },
    { files: ['src/features/**/*.{ts,tsx}'], ignores: ['src/features/timeline/vis-adapter.ts'], rules: rules([features]) },
    { files: ['src/features/timeline/vis-adapter.ts'], rules: rules([features], { allowVis: true }) },
  ];
}
