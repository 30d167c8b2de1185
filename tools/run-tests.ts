import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { locateChromium } from './lib/browser.ts';
import { BUILD_HEAP_CAP_MB, withHeapCap } from './lib/heap-cap.ts';
import { JAVA_HINT, javaMissing } from './check/nu-core.ts';

/**
 * `npm test`: the full gate, in order: type check, lint, unit tests (with the src/lib coverage
 * threshold), production build, checks of dist/ (the W3C Nu HTML checker among them),
 * integration tests (fixture builds, and dist/ against the content), browser tests against the
 * build. Stops at the first failing stage and always ends with one line "N passed, N failed"
 * counting the tests that ran. Installs nothing: a missing browser or Java is reported first, in
 * one line with the fix (CI's .ci/run installs the system packages).
 */

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs an npm script or npx command, streaming its output; returns true on success. */
function run(
  label: string,
  command: string,
  args: readonly string[],
  stageEnv: NodeJS.ProcessEnv = env,
): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: stageEnv });
  return result.status === 0;
}

/** Reads a JSON report if the runner wrote one. */
function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
}
interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

/** Totals over the reports the stages wrote. */
function summary(): { passed: number; failed: number; skipped: number } {
  const vitest = ['test-reports/vitest.json', 'test-reports/integration.json'].map((file) =>
    readJson<VitestReport>(file),
  );
  const e2e = readJson<PlaywrightReport>('test-reports/playwright.json')?.stats;
  const sum = (pick: (report: VitestReport) => number | undefined) =>
    vitest.reduce((total, report) => total + (report ? (pick(report) ?? 0) : 0), 0);
  return {
    passed: sum((r) => r.numPassedTests) + (e2e?.expected ?? 0) + (e2e?.flaky ?? 0),
    failed: sum((r) => r.numFailedTests) + (e2e?.unexpected ?? 0),
    skipped: sum((r) => (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)) + (e2e?.skipped ?? 0),
  };
}

// First, before minutes of other stages: the browser tests need a Chromium.
const browser = locateChromium();
if ('problem' in browser) {
  console.error(browser.problem);
  process.exit(1);
}

// And the Nu HTML checker needs Java.
if (javaMissing(spawnSync('java', ['-version'], { stdio: 'ignore' }).error)) {
  console.error(JAVA_HINT);
  process.exit(1);
}

// Reports live outside test-results/, which Playwright empties when it starts.
rmSync('test-reports', { recursive: true, force: true });

const stages: (() => boolean)[] = [
  () => run('Type check (astro check)', 'npx', ['astro', 'check']),
  () => run('Lint (ESLint, Prettier)', 'npm', ['run', 'lint', '--silent']),
  () => run('Unit tests (Vitest, coverage of src/lib)', 'npx', ['vitest', 'run', '--coverage']),
  // Under the same heap cap as `npm run bench:build` (tools/lib/heap-cap.ts).
  () =>
    run(
      `Production build (heap capped at ${BUILD_HEAP_CAP_MB} MB)`,
      'npm',
      ['run', 'build', '--silent'],
      withHeapCap(env),
    ),
  () => run('Links, metadata and CSP hashes in dist/', 'npm', ['run', 'check:dist', '--silent']),
  () => run('Valid HTML in dist/ (html-validate)', 'npm', ['run', 'check:html', '--silent']),
  // Issue 17: the W3C Nu checker catches what html-validate lets through (a script after </html>).
  () => run('Valid HTML in dist/ (W3C Nu checker)', 'npm', ['run', 'check:nu', '--silent']),
  // Issue 18: no ten-word phrase on three or more pages (each fact told once, by its owner).
  () => run('Repeated phrases across pages', 'npm', ['run', 'check:repetition', '--silent']),
  // The byte budgets (deterministic: no browser, no timings); `npm run bench` does more.
  () =>
    run('Performance budget (bytes)', 'node', [
      'tools/bench/bench.ts',
      '--no-build',
      '--no-browser',
      '--out',
      'test-reports/bench.json',
    ]),
  () =>
    run('Integration tests (fixture builds; dist/ against content/)', 'npm', [
      'run',
      'test:integration',
      '--silent',
    ]),
  () => run('Browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test']),
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
