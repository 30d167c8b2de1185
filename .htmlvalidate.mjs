// html-validate configuration for `npm run check:html` (every page in dist/) and
// tests/unit/html-validate.test.ts. The recommended preset, with one editorial rule switched off.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Title length is an editorial choice made in front matter (the article schema advises about
    // 70 characters, and search engines truncate longer ones); it is not invalid HTML.
    'long-title': 'off',
  },
};
