import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, locateChromium } from './tools/lib/browser.ts';
import { PORTS } from './tools/lib/ports.ts';

/** Port of the preview server the tests start (unusual, so shared machines rarely clash). */
const PORT = PORTS.preview;
const browser = locateChromium();
if ('problem' in browser) throw new Error(browser.problem);

/**
 * End-to-end tests run against the production build (`dist/`) served by `astro preview`.
 * `npm test` builds first; run `npm run build` yourself before `npm run test:e2e`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores on our machines; more workers only contend with the preview server.
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: browser.path,
      args: [...CHROMIUM_FLAGS],
    },
  },
  // Checks that do not depend on the screen (metadata, feeds, policies, the server) live in
  // *.desktop.spec.ts and run once, at desktop width; everything else runs at both widths.
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } },
      testIgnore: /\.desktop\.spec\.ts$/,
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
