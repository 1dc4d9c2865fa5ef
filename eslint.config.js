import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Attributes and props whose words a person reads or hears (full-match patterns). */
const shownAttributes = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  // A component's own props that carry words: heading, hint, message, confirmLabel, …
  '[a-z]*[lL]abel',
  '[a-z]*[tT]itle',
  'heading',
  'hint',
  'message',
  'caption',
  'description',
]

/**
 * eslint-plugin-i18next in jsx-only mode: JSX text and any string inside JSX
 * (`{cond ? 'Yes' : 'No'}`) is checked; a list of values used in JSX lives in a
 * constant outside it; in objects spread onto an element only the shown keys count.
 * client/src/i18n/noHardCodedWords.test.ts proves a hard-coded word fails.
 */
export const wordsComeFromTheCatalogue = {
  mode: 'jsx-only',
  'jsx-attributes': { include: shownAttributes },
  'object-properties': { include: shownAttributes },
}

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/test-results/**', '**/playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'test', property: 'only', message: 'Do not commit .only tests.' },
        { object: 'it', property: 'only', message: 'Do not commit .only tests.' },
        { object: 'describe', property: 'only', message: 'Do not commit .only tests.' },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // No hard-coded words a person sees: JSX text, and the attributes and props
    // that are read out or shown, come from the catalogues (client/src/text.ts).
    // Attributes that are for the machine (className, role, data-testid, key,
    // value, name, type, ids) are not checked: only the ones listed are.
    files: ['client/src/**/*.tsx'],
    ignores: ['client/src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', wordsComeFromTheCatalogue],
    },
  },
)
