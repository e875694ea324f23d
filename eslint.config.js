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
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Use textContent: dataset text never reaches an HTML sink.' },
      ],
    },
  },
  {
    // vis-timeline is wrapped in exactly one adapter module.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/timeline/vis-adapter.ts', 'src/domain/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Import z from src/domain/zod.ts: it sets jitless mode, which our CSP needs." }],
          patterns: [{ group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'], message: 'Only src/features/timeline/vis-adapter.ts imports vis-timeline.' }],
        },
      ],
    },
  },
);
