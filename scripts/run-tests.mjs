// `npm test`: the full gate, in order: type check, lint, unit tests, production build, checks over
// dist/ (links, HTML, repeated phrases, byte budgets), browser tests against that build. Stops at
// the first failing stage and always ends with one line "N passed, N failed" counting the unit
// and end-to-end tests that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './find-browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs an npm script or npx command, streaming its output; returns true on success. */
function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

/** Reads a JSON report if the runner wrote one. */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Installs Debian's Chromium when we are root on a Debian-like machine and none is found. */
function ensureBrowser() {
  if (findChromium()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found; installing Debian\'s "chromium" package (about a minute)...');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0;
    if (install && findChromium()) return true;
  }
  console.error(INSTALL_HINT);
  return false;
}

function summary() {
  const unit = readJson('test-reports/vitest.json');
  const e2e = readJson('test-reports/playwright.json');
  const passed =
    (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
  const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
  const skipped =
    (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
  return { passed, failed, skipped };
}

// Reports live outside test-results/, which Playwright empties when it starts.
rmSync('test-reports', { recursive: true, force: true });

const stages = [
  () => run('Type check (astro check)', 'npx', ['astro', 'check']),
  () => run('Lint (ESLint, Prettier)', 'npm', ['run', 'lint', '--silent']),
  () => run('Unit tests (Vitest)', 'npx', ['vitest', 'run']),
  () => run('Production build', 'npm', ['run', 'build', '--silent']),
  () => run('Links, metadata and CSP hashes in dist/', 'npm', ['run', 'check:dist', '--silent']),
  () => run('Valid HTML in dist/ (html-validate)', 'npm', ['run', 'check:html', '--silent']),
  // Issue 18: no ten-word phrase on three or more pages (each fact told once, by its owner).
  () => run('Repeated phrases across pages', 'npm', ['run', 'check:repetition', '--silent']),
  // Byte budgets of issue 6 (deterministic: no browser, no timings); `npm run bench` does more.
  () =>
    run('Performance budget (bytes)', 'node', [
      'scripts/bench.mjs',
      '--no-build',
      '--no-browser',
      '--out',
      'test-reports/bench.json',
    ]),
  () =>
    ensureBrowser() && run('Browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test']),
];

let ok = true;
for (const stage of stages) {
  if (!stage()) {
    ok = false;
    break;
  }
}

const { passed, failed, skipped } = summary();
console.log(`\n${ok ? 'All stages passed.' : 'A stage failed (see above).'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
