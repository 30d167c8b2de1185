/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests (`npm run test:unit`): pure and fast, no build. They run through Astro's Vite config
 * so `astro:*` modules and aliases resolve. The coverage report (coverage/) covers src/lib, the
 * pure code the site runs on, and fails under the thresholds below. Builds of fixture sites are
 * integration tests: vitest.integration.config.ts.
 */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // One module graph for all files: they share no state, and this saves about a third.
    isolate: false,
    reporters: ['default', ['json', { outputFile: 'test-reports/vitest.json' }]],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
      // Near what the suite reaches today (about 95% of lines), with room for new modules.
      thresholds: { lines: 90, functions: 85, branches: 80, statements: 90 },
    },
  },
});
