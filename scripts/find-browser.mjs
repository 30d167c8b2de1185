// Finds a Chromium for the end-to-end tests: Playwright's own download if present, else the
// system package. Playwright cannot download browsers on our machines (no network beyond the
// npm registry), so Debian's `chromium` package is the usual answer.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Places a system Chromium is installed by common packages, in order of preference. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** The one line shown when no browser can be found. */
export const INSTALL_HINT =
  'No Chromium found for the browser tests. Install one with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary).';

/**
 * Returns the path of a usable Chromium, or undefined. `CHROMIUM_PATH` wins when set, so any
 * machine can point the tests at its own browser.
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browser was never downloaded; fall through to the system.
  }
  return SYSTEM_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
}
