import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium for the browser tests, the benchmark and the screenshots: `CHROMIUM_PATH`
 * when set, else Playwright's own download, else a Chromium or Chrome on PATH or in the usual
 * places. Playwright cannot download browsers on our machines (no network beyond the npm
 * registry), so Debian's `chromium` package is the usual answer. Installs nothing.
 */

/** Browser commands looked up on PATH, in order of preference. */
export const BROWSER_COMMANDS = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
] as const;

/** Places common packages install a Chromium to, for machines whose PATH lacks /usr/bin. */
export const SYSTEM_CHROMIUM_PATHS = BROWSER_COMMANDS.map((command) => `/usr/bin/${command}`);

/** The fix, in one line, when no browser can be found. */
export const INSTALL_HINT =
  'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** The full path of a command on PATH, or undefined. */
function onPath(command: string): string | undefined {
  const which = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  return found.startsWith('/') && existsSync(found) ? found : undefined;
}

/** Where a usable Chromium is, or why there is none (one line, with the fix). */
export function locateChromium(
  env: NodeJS.ProcessEnv = process.env,
): { path: string } | { problem: string } {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH }
      : {
          problem: `CHROMIUM_PATH is "${env.CHROMIUM_PATH}", which does not exist: point it at a Chromium or Chrome binary, or unset it to use the one on PATH.`,
        };
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { path: bundled };
  } catch {
    // Playwright throws when its browser was never downloaded; fall through to the system.
  }
  for (const command of BROWSER_COMMANDS) {
    const found = onPath(command);
    if (found) return { path: found };
  }
  const installed = SYSTEM_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  return installed ? { path: installed } : { problem: INSTALL_HINT };
}

/** The path of a usable Chromium, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const located = locateChromium(env);
  return 'path' in located ? located.path : undefined;
}

/** Flags for headless Chromium on a machine with no network beyond localhost. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
