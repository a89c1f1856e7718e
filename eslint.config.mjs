// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const KAFKAJS_ELSEWHERE =
  'kafkajs stays behind the transport: use @passerelle/messaging (apps, scripts) or @passerelle/testing (tests) instead.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.passerelle/**',
      'scripts/register-paths.js',
      'scripts/test-fuzz.js',
      'jest.config.js',
      'test/support/sequencer.js',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  // CommonJS config files (.dependency-cruiser.cjs).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  // The web console's pages: plain ES modules run by the browser (no build), with its globals.
  {
    files: ['apps/console/public/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'location',
          'history',
          'navigator',
          'fetch',
          'EventSource',
          'HashChangeEvent',
          'URLSearchParams',
          'CSS',
          'Node',
          'console',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'queueMicrotask',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
  // Kafka stays behind libs/messaging (the services' transport, and the types scripts name) and
  // libs/testing (the test harness's side of it): nothing else imports kafkajs.
  {
    ignores: ['libs/messaging/**', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kafkajs', message: KAFKAJS_ELSEWHERE }],
          patterns: [{ group: ['kafkajs/*'], message: KAFKAJS_ELSEWHERE }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/^kafkajs($|\\/)/]', message: KAFKAJS_ELSEWHERE },
        { selector: "CallExpression[callee.name='require'][arguments.0.value=/^kafkajs($|\\/)/]", message: KAFKAJS_ELSEWHERE },
      ],
    },
  },
);
