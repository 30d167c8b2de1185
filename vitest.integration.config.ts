/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Integration tests (`npm run test:integration`, a stage of `npm test` after the build): real
 * builds of fixture sites, and checks that compare the built dist/ with the content. One file at
 * a time: each runs `astro build`, which uses every core it gets.
 */
export default getViteConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: 'test-reports/integration.json' }]],
  },
});
