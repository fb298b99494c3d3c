import i18next from 'eslint-plugin-i18next';

/**
 * No words a person reads written into these files: each comes from a catalog (issue #18), through
 * `t(…)`, `rich(…)` or `common(…)`. Text in JSX and in the attributes a person reads or hears is
 * checked; class names, keys and the like are not.
 */
export function translatedWords(files, ignores = ['src/**/*.test.{ts,tsx}']) {
  return {
    files,
    ignores,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-only', 'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label', 'help', 'any'] }, callees: { exclude: ['t', 'rich', 'common', 'includes', 'replaceAll', 'CustomEvent'] } }],
    },
  };
}
