// One lint setup for every side. The zones below keep the layers apart, as in VS Code's
// code-layering rule: core never sees Electron, the renderer never sees Node or main.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const forbid = (...patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map(([group, message]) => ({ group, message })) },
  ],
})
const electron = [['electron', 'electron/*'], 'Electron belongs in src/main glue only.']
const node = [['node:*'], 'This layer runs without Node.']
const renderer = [['**/renderer/**'], 'Only the renderer imports the renderer.']
const main = [['**/main/**'], 'Reach main through the API contract.']
const preload = [['**/preload/**'], 'Reach the preload through window.rupor.']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  { files: ['src/shared/**'], rules: forbid(electron, node, renderer, main, preload) },
  { files: ['src/main/core/**'], rules: forbid(electron, renderer, preload) },
  { files: ['src/main/host.ts', 'src/main/host/**'], rules: forbid(electron, renderer, preload) },
  {
    files: ['src/main/**'],
    ignores: ['src/main/core/**', 'src/main/host.ts', 'src/main/host/**'],
    rules: forbid(renderer, preload),
  },
  { files: ['src/preload/**'], rules: forbid(node, renderer, main) },
  {
    files: ['src/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules, ...forbid(electron, node, main, preload) },
  },
  prettier,
)
