/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests run through Astro's Vite config so `astro:*` modules and aliases resolve. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-reports/vitest.json' }]],
  },
});
