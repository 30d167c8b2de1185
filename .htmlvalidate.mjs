// html-validate configuration for `npm run check:html` (every page in dist/) and
// tests/unit/html-validate.test.ts. The recommended preset, less two rules about style rather than validity.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Title length is an editorial choice made in front matter (the article schema advises about
    // 70 characters, and search engines truncate longer ones); it is not invalid HTML.
    'long-title': 'off',
    // <!DOCTYPE html> and <!doctype html> are the same doctype; Astro's redirect fallback pages
    // write the lower-case form.
    'doctype-style': 'off',
    // Tables that become stacked cards on a phone (CSS display: block) repeat their implicit roles,
    // because WebKit drops table semantics once display is changed (src/markdown/stacked-tables.ts).
    'no-redundant-role': [
      'error',
      { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] },
    ],
    // Checkboxes sharing a name is how a form sends several values (/search/?topic=a&topic=b).
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
